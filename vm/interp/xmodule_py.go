package interp

// The Python halves of concurrent.interpreters, its _queues and
// _crossinterp parts, and the exception classes of _interpreters and
// _interpqueues, written over the Go functions of those two modules
// (xfuncs.go, xqueue.go). The public surface (names, reprs, messages,
// exception types and the order in which arguments are checked) follows
// CPython 3.14, which the goldens of testdata/minipy/interpreters hold;
// the code itself is minipy's.

const underInterpretersSource = `
# The whence codes of _interpreters.whence, in the runtime's numbering.
(WHENCE_UNKNOWN, WHENCE_RUNTIME, WHENCE_LEGACY_CAPI, WHENCE_CAPI,
 WHENCE_XI, WHENCE_STDLIB) = range(6)

_PUBLIC = 'concurrent.interpreters'

class InterpreterError(Exception):
    """A cross-interpreter operation failed"""
    __module__ = _PUBLIC

class InterpreterNotFoundError(InterpreterError):
    """No interpreter has that id"""
    __module__ = _PUBLIC

class NotShareableError(TypeError):
    """The object cannot cross to another interpreter"""
    __module__ = _PUBLIC

del _PUBLIC
`

const underInterpqueuesSource = `
class QueueError(RuntimeError):
    """Something went wrong with a cross-interpreter queue."""
    __module__ = 'concurrent.interpreters'

class QueueNotFoundError(QueueError):
    __module__ = 'concurrent.interpreters'

def _register_heap_types(handle, empty, full):
    # The Go side makes handles and raises these by name from here.
    g = globals()
    g['_Queue'], g['_QueueEmpty'], g['_QueueFull'] = handle, empty, full
`

const crossinterpSource = `
"""Pieces shared by the cross-interpreter containers."""


class ItemInterpreterDestroyed(Exception):
    """The interpreter that sent an item no longer exists."""


class UnboundItem:
    """Marker left in place of an item whose sender was destroyed."""

    __slots__ = ()
    _MODULE = __name__
    _NAME = 'UNBOUND'

    @classmethod
    def singleton(cls, kind, module, name='UNBOUND'):
        # One subclass per container kind, so the marker's repr names the
        # module that exports it.
        attrs = {'_MODULE': module, '_NAME': name}
        marker = type('Unbound' + kind.capitalize() + 'Item', (cls,), attrs)
        return object.__new__(marker)

    def __new__(cls):
        raise Exception('use %s.%s' % (cls._MODULE, cls._NAME))

    def __repr__(self):
        return '%s.%s' % (self._MODULE, self._NAME)


UNBOUND = object.__new__(UnboundItem)
UNBOUND_ERROR = object()
UNBOUND_REMOVE = object()

# The flag _interpqueues stores for each unbound mode, and back.
_FLAGS = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}
_MODES = {flag: mode for mode, flag in _FLAGS.items()}


def _unsupported(what):
    return NotImplementedError(f'unsupported unbound replacement op {what!r}')


def serialize_unbound(unbound):
    """Return (flag,) for an unbound mode."""
    try:
        return (_FLAGS[unbound],)
    except KeyError:
        raise _unsupported(unbound)


def resolve_unbound(flag, exctype_destroyed):
    """Return what an unbound item with this flag reads as, or raise."""
    try:
        mode = _MODES[flag]
    except KeyError:
        raise _unsupported(flag)
    if mode is UNBOUND:
        return mode
    if mode is UNBOUND_ERROR:
        raise exctype_destroyed("item's original interpreter destroyed")
    # UNBOUND_REMOVE: such items leave the queue with their interpreter.
    raise NotImplementedError


def _int_id(id):
    # The id check of the Interpreter and Queue handles.
    if not isinstance(id, int):
        raise TypeError(f'id must be an int, got {id!r}')
    return int(id)
`

const queuesSource = `
"""Queues that carry objects between interpreters."""

import queue
import time
import weakref
import _interpqueues
import concurrent.interpreters._crossinterp as _crossinterp
from _interpqueues import QueueError, QueueNotFoundError
from concurrent.interpreters._crossinterp import UNBOUND_ERROR, UNBOUND_REMOVE

__all__ = [
    'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
    'create', 'list_all',
    'Queue',
    'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed',
]


class QueueEmpty(QueueError, queue.Empty):
    """No item to get (get_nowait, or get after its timeout)."""


class QueueFull(QueueError, queue.Full):
    """No room to put (put_nowait, or put after its timeout)."""


class ItemInterpreterDestroyed(QueueError,
                               _crossinterp.ItemInterpreterDestroyed):
    """The item read was sent by an interpreter since destroyed."""


UNBOUND = _crossinterp.UnboundItem.singleton('queue', __name__)

# How long a blocking put or get sleeps between two tries.
_POLL = 0.01


def _flag_of(unbounditems):
    # The queue's own UNBOUND stands for the shared one.
    if unbounditems is UNBOUND:
        unbounditems = _crossinterp.UNBOUND
    (flag,) = _crossinterp.serialize_unbound(unbounditems)
    return flag


def _item_flag(unbounditems):
    # -1 asks _interpqueues for the queue's default mode.
    return -1 if unbounditems is None else _flag_of(unbounditems)


def _unbound_value(flag):
    got = _crossinterp.resolve_unbound(flag, ItemInterpreterDestroyed)
    return UNBOUND if got is _crossinterp.UNBOUND else got


def _deadline(timeout):
    # None when waiting forever; the timeout counts in whole seconds.
    if timeout is None:
        return None
    timeout = int(timeout)
    if timeout < 0:
        raise ValueError('timeout value must be non-negative')
    return time.monotonic() + timeout


def _read(qid):
    obj, flag = _interpqueues.get(qid)
    return obj if flag is None else _unbound_value(flag)


def create(maxsize=0, *, unbounditems=UNBOUND):
    """Make a new queue and return its handle."""
    flag = _flag_of(unbounditems)
    q = Queue(_interpqueues.create(maxsize, flag, -1))
    q._unbound = (flag, unbounditems)
    return q


def list_all():
    """Return handles on every queue."""
    found = []
    for qid, flag, _ in _interpqueues.list_all():
        q = Queue(qid)
        if not hasattr(q, '_unbound'):
            q._unbound = (flag, _unbound_value(flag))
        found.append(q)
    return found


_handles = weakref.WeakValueDictionary()


class Queue:
    """Handle on a cross-interpreter queue (one per id)."""

    def __new__(cls, id, /):
        qid = _crossinterp._int_id(id)
        try:
            return _handles[qid]
        except KeyError:
            q = super().__new__(cls)
            q._id = qid
            _handles[qid] = q
            _interpqueues.bind(qid)
        return q

    # The defaults keep what __del__ needs: it may run while the
    # interpreter finalizes, after the module's globals are gone.
    def __del__(self, *, _release=_interpqueues.release,
                _missing=QueueNotFoundError, _table=_handles):
        try:
            _release(self._id)
        except _missing:
            pass
        _table.pop(self._id, None)

    def __repr__(self):
        return '{}({})'.format(type(self).__name__, self.id)

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return type(self), (self._id,)

    @property
    def id(self):
        return self._id

    @property
    def unbounditems(self):
        if not hasattr(self, '_unbound'):
            flag = _interpqueues.get_queue_defaults(self._id)[0]
            self._unbound = (flag, _unbound_value(flag))
        return self._unbound[1]

    @property
    def maxsize(self):
        if not hasattr(self, '_maxsize'):
            self._maxsize = _interpqueues.get_maxsize(self._id)
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return _interpqueues.is_full(self._id)

    def qsize(self):
        return _interpqueues.get_count(self._id)

    # put and get are the Go methods of _interpqueues, which do the
    # common call themselves and hand the rest to these Python versions,
    # kept as _put and _get (and named put and get for their messages).
    def put(self, obj, block=True, timeout=None, *, unbounditems=None):
        """Add obj to the queue, waiting for room if block is true."""
        if not block:
            return self.put_nowait(obj, unbounditems=unbounditems)
        flag = _item_flag(unbounditems)
        end = _deadline(timeout)
        while True:
            try:
                return _interpqueues.put(self._id, obj, flag)
            except QueueFull:
                if end is not None and time.monotonic() >= end:
                    raise
            time.sleep(_POLL)

    def put_nowait(self, obj, *, unbounditems=None):
        _interpqueues.put(self._id, obj, _item_flag(unbounditems))

    def get(self, block=True, timeout=None):
        """Take the next object, waiting for one if block is true."""
        if not block:
            return self.get_nowait()
        end = _deadline(timeout)
        while True:
            try:
                return _read(self._id)
            except QueueEmpty:
                if end is not None and time.monotonic() >= end:
                    raise
            time.sleep(_POLL)

    def get_nowait(self):
        """Take the next object, or raise QueueEmpty."""
        return _read(self._id)

    _put, put = put, _interpqueues._Queue_put
    _get, get = get, _interpqueues._Queue_get


_interpqueues._register_heap_types(Queue, QueueEmpty, QueueFull)
`

const interpretersSource = `
"""Run code in other Python interpreters of this process."""

import threading
import weakref
import _interpreters
import concurrent.interpreters._crossinterp as _crossinterp
import concurrent.interpreters._queues as _queues
from _interpreters import (
    InterpreterError, InterpreterNotFoundError, NotShareableError,
    SharedObjectProxy, is_shareable,
)
from concurrent.interpreters._queues import (
    create as create_queue, Queue, QueueEmpty, QueueFull,
)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
    'SharedObjectProxy',
]


class SimpleNamespace:
    # types.SimpleNamespace's behaviour for excinfo (minipy has no types
    # module; the name is the one 3.14's excinfo shows).
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def _excinfo(info):
    # The 6-tuple of _interpreters.exec/call (also read by proxy.go) as the
    # namespace ExecutionFailed.excinfo is.
    name, qualname, module, msg, formatted, errdisplay = info
    kind = SimpleNamespace(__name__=name, __qualname__=qualname,
                           __module__=module)
    return SimpleNamespace(type=kind, msg=msg, formatted=formatted,
                           errdisplay=errdisplay)


# exec and call test info before calling this: the common case, no
# failure, then costs no Python call.
def _raise_failed(info):
    if info is not None:
        raise ExecutionFailed(_excinfo(info))


class ExecutionFailed(InterpreterError):
    """Code run by exec() or call() raised an exception."""

    def __init__(self, excinfo):
        text = excinfo.formatted
        if not text:
            kind = excinfo.type
            if kind and excinfo.msg:
                text = f'{kind.__name__}: {excinfo.msg}'
            else:
                text = kind.__name__ or excinfo.msg
        super().__init__(text)
        self.excinfo = excinfo

    def __str__(self):
        base = super().__str__()
        try:
            shown = self.excinfo.errdisplay
        except Exception:
            return base
        return f'{base}\n\nUncaught in the interpreter:\n\n{shown}'


def create():
    """Make a new idle interpreter."""
    return Interpreter(_interpreters.create(reqrefs=True), _ownsref=True)


def list_all():
    """Return every interpreter that is ready."""
    found = []
    for iid, whence in _interpreters.list_all(require_ready=True):
        try:
            found.append(Interpreter(iid, _whence=whence))
        except InterpreterNotFoundError:
            pass  # gone since the listing
    return found


def get_current():
    """Return the interpreter running this code."""
    iid, whence = _interpreters.get_current()
    return Interpreter(iid, _whence=whence)


def get_main():
    """Return the interpreter the process started with."""
    iid, whence = _interpreters.get_main()
    return Interpreter(iid, _whence=whence)


# Interpreter.whence by _interpreters.WHENCE_* code.
_WHENCE_NAMES = ('unknown', 'runtime init', 'legacy C-API', 'C-API',
                 'cross-interpreter C-API', '_interpreters module')

_handles = weakref.WeakValueDictionary()


class Interpreter:
    """Handle on one interpreter (one per id)."""

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        iid = _crossinterp._int_id(id)
        stdlib = _interpreters.WHENCE_STDLIB
        if _whence is None:
            _whence = stdlib if _ownsref else _interpreters.whence(iid)
        if _ownsref is None:
            _ownsref = _whence == stdlib
        try:
            return _handles[iid]
        except KeyError:
            it = super().__new__(cls)
            _handles[iid] = it
            it._id, it._whence, it._ownsref = iid, _whence, _ownsref
            if _ownsref:
                _interpreters.incref(iid)
        return it

    def __repr__(self):
        return '{}({})'.format(type(self).__name__, self.id)

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return type(self), (self._id,)

    def __del__(self):
        self._decref()

    # The defaults keep what _decref needs when it runs from __del__
    # during finalization, after the module's globals are gone.
    def _decref(self, *, _drop=_interpreters.decref,
                _missing=InterpreterNotFoundError):
        if self._ownsref:
            self._ownsref = False
            try:
                _drop(self._id)
            except _missing:
                pass

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return _WHENCE_NAMES[self._whence]

    def is_running(self):
        """Whether the interpreter is running code now."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter."""
        return _interpreters.destroy(self._id, restrict=True)

    def prepare_main(self, ns=None, /, **kwargs):
        """Set names in the interpreter's __main__."""
        if ns is not None:
            kwargs = dict(ns, **kwargs)
        _interpreters.set___main___attrs(self._id, kwargs, restrict=True)

    def exec(self, code, /):
        """Run source code (or a function's code) in the interpreter."""
        info = _interpreters.exec(self._id, code, restrict=True)
        if info is not None:
            _raise_failed(info)

    def _invoke(self, callable, args, kwargs):
        res, info = _interpreters.call(self._id, callable, args, kwargs,
                                       restrict=True)
        if info is not None:
            _raise_failed(info)
        return res

    def call(self, callable, /, *args, **kwargs):
        """Call callable in the interpreter and return its result."""
        return self._invoke(callable, args, kwargs)

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Start and return a thread doing call(callable, ...)."""
        worker = threading.Thread(target=self._invoke,
                                  args=(callable, args, kwargs))
        worker.start()
        return worker
`
