package builtins

// threadingSource is the threading module, on top of _thread
// (thread.go): minipy's own code, written from the documented behaviour
// of CPython 3.11's threading module (tools/overlap.py measures what it
// shares with CPython's text: signatures and messages).
const threadingSource = `
import sys as _sys
import _thread
from time import monotonic as _clock

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

# The primitives come straight from _thread (thread.go).
from _thread import get_ident, get_native_id, TIMEOUT_MAX, stack_size
from _thread import allocate_lock as Lock, error as ThreadError
_new_lock = Lock
_PyRLock = None


def RLock(*args, **kwargs):
    # A function, as CPython's factory (so that it is not a class here).
    return _thread.RLock(*args, **kwargs)


def _remaining(deadline):
    # Seconds left until deadline (None: no deadline).
    return None if deadline is None else deadline - _clock()


class Condition:
    # Each waiter sleeps on a lock of its own that it holds; notify
    # releases the oldest sleepers' locks. The outer lock is dropped while
    # sleeping: a whole RLock at once through its _release_save and
    # _acquire_restore, a plain lock through the fallbacks below.

    def __init__(self, lock=None):
        outer = RLock() if lock is None else lock
        self._lock = outer
        self.acquire, self.release = outer.acquire, outer.release
        for hook in ("_release_save", "_acquire_restore", "_is_owned"):
            bound = getattr(outer, hook, None)
            if bound is not None:
                setattr(self, hook, bound)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: held (by anyone) counts.
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        bed = _new_lock()
        bed.acquire()
        self._waiters.append(bed)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = bed.acquire()
            else:
                # A zero or negative timeout only looks.
                woken = bed.acquire(timeout > 0, timeout if timeout > 0 else -1)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                try:
                    self._waiters.remove(bed)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        # Waits at least once while the predicate is false, even with a
        # timeout of 0 (so an un-acquired lock raises, as CPython's).
        deadline = None
        ok = predicate()
        while not ok:
            left = timeout
            if timeout is not None:
                if deadline is None:
                    deadline = _clock() + timeout
                else:
                    left = _remaining(deadline)
                    if left <= 0:
                        break
            self.wait(left)
            ok = predicate()
        return ok

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        while woken < n and self._waiters:
            bed = self._waiters.pop(0)
            try:
                bed.release()
            except RuntimeError:
                # Its sleeper timed out meanwhile and released it.
                continue
            woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


def _describe(obj, state):
    # "<module.Class at 0x...: state>", the repr of the sync primitives.
    kind = type(obj)
    return "<%s.%s at %#x: %s>" % (kind.__module__, kind.__qualname__, id(obj), state)


# Semaphore and BoundedSemaphore are made in Go (thread_sem.go).


# Event is made in Go (thread_event.go).


class BrokenBarrierError(RuntimeError):
    pass


# The states of a Barrier: threads arriving, threads leaving after the
# last one came, leaving after a reset, broken.
_ARRIVING, _LEAVING, _LEAVING_RESET, _BROKEN = 0, 1, -1, -2


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._state = _ARRIVING
        self._count = 0
        self._cond = Condition(Lock())

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, "waiters=%s/%s" % (self.n_waiting, self.parties))

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A new round starts once the last one has emptied out.
            while self._state in (_LEAVING, _LEAVING_RESET):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count = index + 1
            try:
                if self._count == self._parties:
                    self._trip()
                else:
                    self._await(timeout)
                return index
            finally:
                self._count -= 1
                if not self._count and self._state in (_LEAVING, _LEAVING_RESET):
                    self._state = _ARRIVING
                    self._cond.notify_all()

    def _trip(self):
        # The last party runs the action, then lets everyone go.
        try:
            if self._action:
                self._action()
        except:
            self._break()
            raise
        self._state = _LEAVING
        self._cond.notify_all()

    def _await(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _ARRIVING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        with self._cond:
            if not self._count:
                self._state = _ARRIVING
            elif self._state in (_ARRIVING, _BROKEN):
                self._state = _LEAVING_RESET
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count if self._state == _ARRIVING else 0)
    broken = property(lambda self: self._state == _BROKEN)


class ExceptHookArgs(tuple):
    # A 4-field struct sequence, as _thread._ExceptHookArgs.
    __module__ = "_thread"
    n_sequence_fields = n_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        items = tuple(seq)
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(items))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


for _i, _field in ((0, "exc_type"), (1, "exc_value"), (2, "exc_traceback"), (3, "thread")):
    setattr(ExceptHookArgs, _field, property(lambda self, i=_i: self[i]))
del _i, _field
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = "_ExceptHookArgs"


def excepthook(args, /):
    if args.exc_type == SystemExit:
        return
    out = _sys.stderr
    if out is None:
        # The stream the thread started with, if any.
        out = getattr(args.thread, "_stderr", None)
        if out is None:
            return
    who = get_ident() if args.thread is None else args.thread.name
    out.write("Exception in thread %s:\n" % who)
    if args.exc_value is not None:
        # CPython 3.11's _thread._excepthook prints the exception's own
        # __traceback__; args.exc_traceback is not used.
        out.write(_thread._format_exception(args.exc_value))
    out.flush()


__excepthook__ = excepthook


def _report_thread_error(thread):
    # A thread's run() raised: threading.excepthook reports it; if the
    # hook fails too, sys.excepthook reports the hook's error.
    info = _sys.exc_info()
    try:
        excepthook(ExceptHookArgs(info + (thread,)))
    except BaseException as hook_error:
        hook_error.__suppress_context__ = True
        del hook_error
        out = _sys.stderr if _sys.stderr is not None else thread._stderr
        if out is not None:
            out.write("Exception in threading.excepthook:\n")
            out.flush()
        _sys.excepthook(*_sys.exc_info())
    finally:
        info = None


# The registry: running threads by ident, and threads being started.
_active = {}
_limbo = {}
_registry_lock = _new_lock()
_names_made = 0


def _new_name(template):
    global _names_made
    _names_made += 1
    return template % _names_made


def _daemon_allowed(daemon, msg):
    # 3.14's isolated sub-interpreters refuse daemon threads.
    if daemon and not _thread.daemon_threads_allowed():
        raise RuntimeError(msg)


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if not name:
            name = _new_name("Thread-%d")
            label = getattr(target, "__name__", None) if target is not None else None
            if label is not None:
                name += " (%s)" % label
        if daemon is None:
            daemon = current_thread().daemon
        else:
            _daemon_allowed(daemon, 'daemon threads are disabled in this (sub)interpreter')
        self._name = str(name)
        self._target, self._args, self._kwargs = target, args, {} if kwargs is None else kwargs
        self._daemonic = daemon
        self._ident = self._native_id = None
        # _running is held by the thread while it runs: join() waits for it.
        self._running = None
        self._is_stopped = False
        self._started = Event()
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        self.is_alive()  # notices an end
        if self._is_stopped:
            status = "stopped"
        elif self._started.is_set():
            status = "started"
        else:
            status = "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _registry_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, in case they hold this thread.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        running = _new_lock()
        running.acquire()
        self._running = running
        self._ident, self._native_id = get_ident(), get_native_id()
        with _registry_lock:
            _active[self._ident] = self
            _limbo.pop(self, None)
        self._started.set()
        try:
            try:
                self.run()
            except:
                _report_thread_error(self)
        finally:
            with _registry_lock:
                _active.pop(self._ident, None)
            _thread._local_thread_ended(self._ident)
            # An interrupted join may have released it already (as
            # CPython 3.11's _wait_for_tstate_lock does).
            if running.locked():
                running.release()

    def _mark_stopped(self):
        self._is_stopped = True
        self._running = None

    def _wait_ended(self, block=True, timeout=-1):
        running = self._running
        if running is None:
            return
        try:
            ended = running.acquire(block, timeout)
        except:
            # Interrupted (Ctrl-C) as the acquire returned with the lock
            # taken: the thread has ended all the same (bpo-45274).
            if running.locked():
                running.release()
                self._mark_stopped()
            raise
        if ended:
            running.release()
            self._mark_stopped()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_ended()
        else:
            self._wait_ended(timeout=max(timeout, 0))

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_ended(False)
        return not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    ident = property(lambda self: self._ident)
    native_id = property(lambda self: self._native_id)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        _daemon_allowed(daemonic, 'daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The camelCase spellings of the old API.
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    # Calls function(*args, **kwargs) after interval seconds unless
    # cancelled first.

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def _adopt(thread, running):
    # Registers a thread that threading did not start (it runs already).
    thread._started.set()
    thread._ident, thread._native_id = get_ident(), get_native_id()
    thread._running = running
    _active[thread._ident] = thread


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        running = _new_lock()
        running.acquire()
        _adopt(self, running)


class _DummyThread(Thread):
    # A thread started by _thread.start_new_thread, met by
    # current_thread(). As CPython 3.12+: not a daemon where daemon
    # threads are refused (a thread entering a sub-interpreter).
    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy-%d"), daemon=_thread.daemon_threads_allowed())
        _adopt(self, None)

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    me = _active.get(get_ident())
    return _DummyThread() if me is None else me


def main_thread():
    return _main_thread


def _all_threads():
    with _registry_lock:
        return [*_active.values(), *_limbo.values()]


def active_count():
    return len(_all_threads())


def enumerate():
    return _all_threads()


currentThread = current_thread
activeCount = active_count


# minipy has no tracing of functions (sys.settrace): the hooks take only
# None, so none is ever installed.
def settrace(func):
    if func is not None:
        raise NotImplementedError("threading.settrace is not supported by minipy")


def setprofile(func):
    if func is not None:
        raise NotImplementedError("threading.setprofile is not supported by minipy")


def gettrace():
    return None


def getprofile():
    return None


# Calls run at exit before the non-daemon threads are joined (the
# worker threads of concurrent.futures are woken by one).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _shutdown():
    # At interpreter exit: the main thread is done, the calls of
    # _register_atexit run (last first), then every non-daemon thread is
    # joined (those started meanwhile too).
    global _SHUTTING_DOWN
    me = _main_thread
    if me._is_stopped:
        return
    if me._running is not None and me._running.locked():
        me._running.release()
    me._mark_stopped()
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    while True:
        waiting = [t for t in _all_threads()
                   if t is not me and not t.daemon and not isinstance(t, _DummyThread) and t.is_alive()]
        if not waiting:
            return
        for t in waiting:
            t.join()


local = _thread._local

_main_thread = _MainThread()
`

// threadLocalSource defines _thread._local (threading.local), run in the
// _thread module. The class is built inside a function so that its helpers
// do not become attributes of _thread.
const threadLocalSource = `
def _make_local():
    from _weakref import ref

    # by_thread maps a thread ident to the locals holding a dict for that
    # thread (id -> weak reference), so that the thread's end drops its
    # dicts, as CPython frees a thread's local values when it ends.
    by_thread = {}

    class local:
        __module__ = "_thread"
        # Attributes live in one dict per thread, kept by thread ident; a
        # thread's first use of the object runs __init__ again with the
        # constructor's arguments, as CPython's _thread._local does.
        def __new__(cls, /, *args, **kw):
            if (args or kw) and cls.__init__ is object.__init__:
                raise TypeError("Initialization arguments are not supported")
            self = object.__new__(cls)
            ident = get_ident()
            object.__setattr__(self, "_local__state", ({ident: {}}, args, kw))
            register(self, ident)
            return self


    def register(self, ident):
        def gone(_, key=id(self)):
            for tid in list(by_thread):
                locs = by_thread[tid]
                locs.pop(key, None)
                if not locs:
                    del by_thread[tid]
        locs = by_thread.get(ident)
        if locs is None:
            locs = by_thread[ident] = {}
        locs[id(self)] = ref(self, gone)


    def thread_ended(ident):
        locs = by_thread.pop(ident, None)
        if locs:
            for r in list(locs.values()):
                loc = r()
                if loc is not None:
                    object.__getattribute__(loc, "_local__state")[0].pop(ident, None)
                    loc = None


    def _local_dict(self):
        dicts, args, kw = object.__getattribute__(self, "_local__state")
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            register(self, key)
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        return d


    def _local_class_attr(self, name):
        for klass in type(self).__mro__:
            if name in klass.__dict__:
                return True, klass.__dict__[name]
        return False, None


    def _local_getattribute(self, name):
        if name == "_local__state":
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == "__dict__":
            return d
        found, attr = _local_class_attr(self, name)
        kind = type(attr)
        if found and (hasattr(kind, "__set__") or hasattr(kind, "__delete__")) and hasattr(kind, "__get__"):
            return kind.__get__(attr, self, type(self))
        if name in d:
            return d[name]
        if found:
            if hasattr(kind, "__get__"):
                return kind.__get__(attr, self, type(self))
            return attr
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_tp_name(self), name))


    def _local_tp_name(self):
        return "_thread._local" if type(self) is local else type(self).__name__


    def _local_setattr(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_tp_name(self))
        d = _local_dict(self)
        found, attr = _local_class_attr(self, name)
        if found and hasattr(type(attr), "__set__"):
            type(attr).__set__(attr, self, value)
            return
        d[name] = value


    def _local_delattr(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _local_tp_name(self))
        d = _local_dict(self)
        found, attr = _local_class_attr(self, name)
        if found and hasattr(type(attr), "__delete__"):
            type(attr).__delete__(attr, self)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_tp_name(self), name)) from None


    local.__getattribute__ = _local_getattribute
    local.__setattr__ = _local_setattr
    local.__delattr__ = _local_delattr
    local.__name__ = local.__qualname__ = "_local"

    return local, thread_ended


# _local_thread_ended(ident) drops a finished thread's dicts (called by
# threading before join returns, and by the thread's end in vm/threads.go).
_local, _local_thread_ended = _make_local()
del _make_local
`

// queueSource is the queue module (on top of threading), minipy's own
// code from the documented behaviour of CPython 3.11's queue module.
const queueSource = `
import threading as _threading
from time import monotonic as _clock

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    __module__ = "_queue"


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


# types.GenericAlias, for Queue[int] (there is no types module to take it from).
_GenericAlias = type(list[int])


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure):
    # Waits on cond (held) until ready() holds; raises failure when it does
    # not at once (block false) or not before timeout seconds pass.
    if not block:
        if not ready():
            raise failure
        return
    _check_timeout(timeout)
    deadline = None if timeout is None else _clock() + timeout
    while not ready():
        if deadline is None:
            cond.wait()
            continue
        left = deadline - _clock()
        if left <= 0.0:
            raise failure
        cond.wait(left)


class Queue:
    # One lock, three conditions on it: for getters, for putters, and for
    # join(). Subclasses change the order by overriding the four storage
    # methods (_init, _qsize, _put, _get), called with the lock held.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            _threading.Condition(self.mutex) for _ in range(3))
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            # An unbounded queue never waits, nor checks the timeout; a
            # blocking get checks it even when an item is ready.
            if self.maxsize > 0:
                _wait_until(self.not_full, self._has_room, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # FIFO storage: a list read from a moving head, compacted when the
    # consumed half is large, so both ends are O(1) amortized.
    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return _pop_front(self, self.queue)


def _pop_front(owner, store):
    # Takes the oldest item of store, a list read from owner._head.
    at = owner._head
    item, store[at] = store[at], None
    at += 1
    if at >= 64 and 2 * at >= len(store):
        del store[:at]
        at = 0
    owner._head = at
    return item


class LifoQueue(Queue):
    # Newest first: a plain list used as a stack.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    # Smallest first: a binary min-heap in a list.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heap = self.queue
        heap.append(item)
        child = len(heap) - 1
        while child:
            up = (child - 1) // 2
            if not heap[child] < heap[up]:
                break
            heap[child], heap[up] = heap[up], heap[child]
            child = up

    def _get(self):
        heap = self.queue
        tail = heap.pop()
        if not heap:
            return tail
        smallest, heap[0] = heap[0], tail
        at, size = 0, len(heap)
        while True:
            low = 2 * at + 1
            if low >= size:
                break
            if low + 1 < size and heap[low + 1] < heap[low]:
                low += 1
            if not heap[low] < heap[at]:
                break
            heap[at], heap[low] = heap[low], heap[at]
            at = low
        return smallest


class SimpleQueue:
    # Unbounded FIFO without task tracking: a list with a head, and a
    # semaphore counting the items.
    __module__ = "_queue"
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self):
        self._items = []
        self._head = 0
        self._count = _threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._items.append(item)
        self._count.release()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if block:
            _check_timeout(timeout)
        else:
            timeout = None
        if not self._count.acquire(block, timeout):
            raise Empty
        return _pop_front(self, self._items)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self.qsize() == 0

    def qsize(self):
        return len(self._items) - self._head
`
