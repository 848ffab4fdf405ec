package interp

// The Python modules of concurrent.futures, minipy's own code: the
// public API, reprs, messages and exception types follow CPython 3.11's
// concurrent.futures (and 3.14's for InterpreterPoolExecutor), while the
// structure is this package's own. minipy has no logging, itertools or
// collections module: the package's logger is a small object that writes
// what logging's last-resort handler would (the message, then the
// traceback, on sys.stderr).

const futuresInitSource = `
"""Run calls asynchronously in threads or interpreters."""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'
__path__ = []

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    CancelledError, TimeoutError, InvalidStateError, BrokenExecutor,
    Future, Executor, wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InterpreterPoolExecutor')

# Where each executor class lives; its module is imported on first use.
_lazy = {
    'ProcessPoolExecutor': 'process',
    'ThreadPoolExecutor': 'thread',
    'InterpreterPoolExecutor': 'interpreter',
}


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    sub = _lazy.get(name)
    if sub is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    mod = __import__('concurrent.futures.' + sub, fromlist=[name])
    cls = getattr(mod, name)
    globals()[name] = cls
    return cls
`

const futuresBaseSource = `
import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's state is one of these names (InvalidStateError's message
# shows it). A cancelled future becomes CANCELLED_AND_NOTIFIED when its
# executor skips it, which is when wait() and as_completed() hear of it.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

# state -> (word in the repr, cancelled?, done?)
_STATE_INFO = {
    PENDING: ('pending', False, False),
    RUNNING: ('running', False, False),
    CANCELLED: ('cancelled', True, True),
    CANCELLED_AND_NOTIFIED: ('cancelled', True, True),
    FINISHED: ('finished', False, True),
}
# What set_running_or_notify_cancel() moves a state to.
_STARTED = {PENDING: RUNNING, CANCELLED: CANCELLED_AND_NOTIFIED}

_STATE_TO_DESCRIPTION_MAP = {s: info[0] for s, info in _STATE_INFO.items()}

# What wait() and as_completed() count as complete: a cancelled future
# only once its executor has seen the cancellation.
_SETTLED = frozenset((CANCELLED_AND_NOTIFIED, FINISHED))


class _Logger:
    # Stands for logging.getLogger("concurrent.futures") left
    # unconfigured: a record at WARNING or above is written to sys.stderr
    # as its bare message, followed for exc_info by the traceback of the
    # exception being handled.
    name = "concurrent.futures"

    def _emit(self, msg, args, with_tb):
        out = sys.stderr
        if out is None:
            return
        lines = [msg % args if args else msg]
        if with_tb:
            import traceback
            lines.append("".join(traceback.format_exception(*sys.exc_info())).rstrip("\n"))
        try:
            out.write("\n".join(lines) + "\n")
        except Exception:
            pass

    def warning(self, msg, *args, exc_info=False):
        self._emit(msg, args, exc_info)

    error = critical = warning

    def exception(self, msg, *args, exc_info=True):
        self._emit(msg, args, exc_info)

    def __repr__(self):
        return "<Logger concurrent.futures (WARNING)>"


LOGGER = _Logger()


class Error(Exception):
    """Root of the futures exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that forbids the operation."""


class _Watch:
    # One call of wait() or as_completed(), registered with each future
    # it watches; a future that settles reports itself through arrive().
    # 'ready' is set when the caller should look again: for every arrival
    # (as_completed, FIRST_COMPLETED), on the first failure or the last
    # arrival (FIRST_EXCEPTION), or on the last arrival (ALL_COMPLETED).

    def __init__(self, mode, outstanding):
        self.mode = mode
        self.outstanding = outstanding
        self.arrived = []
        self.mutex = threading.Lock()
        self.ready = threading.Event()

    def arrive(self, fut, failed):
        with self.mutex:
            self.arrived.append(fut)
            self.outstanding -= 1
            mode = self.mode
            if (mode == _AS_COMPLETED or mode == FIRST_COMPLETED
                    or self.outstanding <= 0
                    or (failed and mode == FIRST_EXCEPTION)):
                self.ready.set()

    def take(self):
        # The futures that arrived since the last take, oldest first.
        with self.mutex:
            got, self.arrived = self.arrived, []
            self.ready.clear()
        return got


def _locked_all(futures):
    # The conditions of all the futures, taken in one global order (by
    # id) so that two overlapping waits cannot deadlock.
    ordered = sorted(futures, key=id)

    class _Held:
        def __enter__(self):
            for f in ordered:
                f._cond.acquire()

        def __exit__(self, *exc):
            for f in ordered:
                f._cond.release()

    return _Held()


def _attach(futures, mode):
    if mode not in (_AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % mode)
    left = 0
    for f in futures:
        if f._state not in _SETTLED:
            left += 1
    watch = _Watch(mode, left)
    for f in futures:
        f._watches.append(watch)
    return watch


def _detach(fut, watch):
    with fut._cond:
        fut._watches.remove(watch)


def as_completed(fs, timeout=None):
    """Yield the futures of fs (once each) as they complete.

    Raises TimeoutError when some are still unfinished after timeout
    seconds.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    watching = set(fs)
    total = len(watching)
    with _locked_all(watching):
        ready = [f for f in watching if f._state in _SETTLED]
        watch = _attach(watching, _AS_COMPLETED)
    try:
        while True:
            # A future leaves 'watching' (and stops reporting to the
            # watch) before it is handed out, so that nothing here keeps
            # it while the consumer holds it.
            while ready:
                fut = ready[-1]
                watching.discard(fut)
                _detach(fut, watch)
                del fut
                yield ready.pop()
            if not watching:
                return
            if deadline is None:
                watch.ready.wait()
            else:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(watching), total))
                watch.ready.wait(left)
            ready = [f for f in watch.take() if f in watching]
            ready.reverse()
    finally:
        for fut in watching:
            _detach(fut, watch)


class DoneAndNotDoneFutures(tuple):
    'DoneAndNotDoneFutures(done, not_done)'

    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return super().__new__(cls, (done, not_done))

    def __repr__(self):
        return f'{type(self).__name__}(done={self[0]!r}, not_done={self[1]!r})'

    def __getnewargs__(self):
        return (self[0], self[1])

    def _asdict(self):
        return dict(zip(self._fields, self))

    @property
    def done(self):
        """The futures that completed."""
        return self[0]

    @property
    def not_done(self):
        """The futures that did not complete."""
        return self[1]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of fs, at most timeout seconds.

    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    Returns the named pair (done, not_done) of sets.
    """
    fs = set(fs)
    watch = None
    with _locked_all(fs):
        done = {f for f in fs if f._state in _SETTLED}
        if len(done) < len(fs) and not _answered(done, return_when):
            watch = _attach(fs, return_when)
    if watch is not None:
        watch.ready.wait(timeout)
        for f in fs:
            _detach(f, watch)
        done.update(watch.take())
    return DoneAndNotDoneFutures(done, fs.difference(done))


def _answered(done, return_when):
    # Whether the futures already done satisfy return_when (an invalid
    # one is only an error when wait() has something to wait for).
    if return_when == FIRST_COMPLETED:
        return bool(done)
    return return_when == FIRST_EXCEPTION and any(
        f._state == FINISHED and f._exception is not None for f in done)


def _take(fut, timeout):
    # map()'s wait for one result. The future is cancelled when the wait
    # fails, and dropped before the exception leaves, so that the
    # traceback keeps no cycle through it.
    try:
        return fut.result(timeout=timeout)
    finally:
        fut.cancel()
        fut = None


_GenericAlias = type(list[int])


class Future:
    """The eventual outcome of a call."""

    def __init__(self):
        """Made by executors, not by clients."""
        self._cond = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watches = []
        self._callbacks = []

    def __repr__(self):
        with self._cond:
            state = self._state
            word = _STATE_INFO[state][0]
            if state != FINISHED:
                tail = ''
            elif self._exception:
                tail = ' raised ' + type(self._exception).__name__
            else:
                tail = ' returned ' + type(self._result).__name__
        return f'<{type(self).__name__} at {id(self):#x} state={word}{tail}>'

    def _info(self, index):
        with self._cond:
            return _STATE_INFO[self._state][index]

    def cancelled(self):
        """True if the future was cancelled."""
        return self._info(1)

    def done(self):
        """True if the future finished or was cancelled."""
        return self._info(2)

    def running(self):
        """True while the call runs."""
        with self._cond:
            state = self._state
        return state == RUNNING

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)

    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (now if it is)."""
        with self._cond:
            if not _STATE_INFO[self._state][2]:
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def cancel(self):
        """Cancel the call unless it runs or ran; True if cancelled."""
        with self._cond:
            state = self._state
            if state != PENDING:
                return state == CANCELLED or state == CANCELLED_AND_NOTIFIED
            self._state = CANCELLED
            self._cond.notify_all()
        self._run_callbacks()
        return True

    def _settle(self, timeout):
        # Returns once the future finished; raises CancelledError if it
        # was cancelled, TimeoutError if it is still undone after timeout.
        with self._cond:
            if not _STATE_INFO[self._state][2]:
                self._cond.wait(timeout)
            state = self._state
        if state != FINISHED:
            if _STATE_INFO[state][1]:
                raise CancelledError()
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value; its exception is raised instead."""
        try:
            self._settle(timeout)
            exc = self._exception
            if exc:
                raise exc
            return self._result
        finally:
            # A raised exception's traceback holds this frame: it must
            # not keep the future (which holds the exception) alive.
            self = exc = None

    def exception(self, timeout=None):
        """The exception the call raised, or None."""
        self._settle(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running and return True, or,
        if it was cancelled, tell its waiters and return False."""
        with self._cond:
            state = self._state
            after = _STARTED.get(state)
            if after is None:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), state)
                raise RuntimeError('Future in unexpected state')
            self._state = after
            if after == RUNNING:
                return True
            # Cancelled: cancel() already woke the threads blocked in
            # result(); the watches hear of it now.
            for w in self._watches:
                w.arrive(self, False)
            return False

    def _finish(self, result, exc, failed):
        with self._cond:
            if self._state != PENDING and self._state != RUNNING:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exc
            self._state = FINISHED
            for w in self._watches:
                w.arrive(self, failed)
            self._cond.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish(result, None, False)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish(None, exception, True)

    __class_getitem__ = classmethod(_GenericAlias)


class Executor:
    """Base of the executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """map(fn, *iterables) with the calls run by the executor.

        The results come in order; TimeoutError is raised when one is not
        ready timeout seconds after the call of map. chunksize is for
        ProcessPoolExecutor only.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        # Submitted now, all of them, before a result is asked for; kept
        # last-first so that pop() yields them in order.
        pending = [self.submit(fn, *args) for args in zip(*iterables)]
        pending.reverse()

        def results():
            try:
                while pending:
                    left = None if deadline is None else deadline - time.monotonic()
                    yield _take(pending.pop(), left)
            finally:
                for fut in pending:
                    fut.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources (wait: for the running calls;
        cancel_futures: cancel the queued ones). Safe to repeat."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):
    """The executor failed and cannot run calls any more."""
`

const futuresThreadSource = `
"""ThreadPoolExecutor: calls run by a pool of threads."""

import concurrent.futures._base as _base
import queue
import threading
import weakref
import os

# Each live worker thread and its pool's queue, for _at_exit.
_live = weakref.WeakKeyDictionary()
_exiting = False
# Held by submit and by _at_exit: no worker starts once exit began.
_exit_lock = threading.Lock()


def _at_exit():
    # Run by threading._shutdown before it joins the (non-daemon) workers:
    # a None on each queue makes them end.
    global _exiting
    with _exit_lock:
        _exiting = True
    pairs = list(_live.items())
    for _, q in pairs:
        q.put(None)
    for t, _ in pairs:
        t.join()


threading._register_atexit(_at_exit)


def _numbering():
    # Hands out 0, 1, 2, ... to the pools named by default.
    lock = threading.Lock()
    last = [-1]

    def take():
        with lock:
            last[0] += 1
            return last[0]
    return take


class WorkerContext:
    # How a worker thread starts, runs a task and stops (the interpreter
    # pool's workers each own an interpreter).

    @classmethod
    def prepare(cls, initializer, initargs):
        # Returns the pool's (new worker context, task of a submit) makers.
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        return (lambda: cls(initializer, initargs)), (lambda *task: task)

    def __init__(self, initializer, initargs):
        self._setup = (initializer, initargs)

    def initialize(self):
        fn, args = self._setup
        if fn is not None:
            fn(*args)

    def finalize(self):
        pass

    def run(self, task):
        return task[0](*task[1], **task[2])


def _execute(ctx, fut, task):
    if not fut.set_running_or_notify_cancel():
        return
    try:
        value = ctx.run(task)
    except BaseException as failure:
        fut.set_exception(failure)
        # The traceback holds this frame: let go of the future.
        fut = task = None
    else:
        fut.set_result(value)


def _next_item(pool_ref, q):
    try:
        return q.get_nowait()
    except queue.Empty:
        pass
    # About to block: count this thread as idle, so that the next submit
    # hands it the item rather than starting a thread.
    pool = pool_ref()
    if pool is not None:
        pool._idle.release()
    pool = None
    return q.get()


def _work(pool_ref, ctx, q):
    try:
        ctx.initialize()
    except BaseException:
        _base.LOGGER.critical('Exception in initializer:', exc_info=True)
        pool = pool_ref()
        if pool is not None:
            pool._init_failed()
        return
    try:
        while True:
            item = _next_item(pool_ref, q)
            if item is not None:
                _execute(ctx, *item)
                item = None
                continue
            # A None wakes the worker. It stops when the interpreter
            # exits or the pool is gone or shut down, and passes the None
            # on to the next worker.
            pool = pool_ref()
            if _exiting or pool is None or pool._closed:
                if pool is not None:
                    pool._closed = True
                q.put(None)
                return
            pool = None
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)
    finally:
        ctx.finalize()


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread of the pool failed to initialize."""


class ThreadPoolExecutor(_base.Executor):
    """Runs calls in a pool of at most max_workers threads."""

    BROKEN = BrokenThreadPool
    _context_class = WorkerContext

    _counter = staticmethod(_numbering())

    @classmethod
    def prepare_context(cls, initializer, initargs):
        return cls._context_class.prepare(initializer, initargs)

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """max_workers defaults to the CPU count plus 4 (at most 32);
        each thread runs initializer(*initargs) first."""
        if max_workers is None:
            max_workers = min((os.cpu_count() or 1) + 4, 32)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._new_context, self._make_task = type(self).prepare_context(initializer, initargs)
        self._max_workers = max_workers
        self._queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._closed = False
        self._guard = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        self._thread_name_prefix = thread_name_prefix

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker and return its Future."""
        with self._guard, _exit_lock:
            if self._broken:
                raise self.BROKEN(self._broken)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            fut = _base.Future()
            self._queue.put((fut, self._make_task(fn, args, kwargs)))
            self._grow()
            return fut

    def _grow(self):
        # An idle worker will take the new item; otherwise a thread
        # starts, while there is room for one.
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n >= self._max_workers:
            return
        q = self._queue
        # Should the pool be collected without a shutdown, its workers
        # are woken so that they end.
        ref = weakref.ref(self, lambda _, q=q: q.put(None))
        name = '%s_%d' % (self._thread_name_prefix or self, n)
        t = threading.Thread(name=name, target=_work, args=(ref, self._new_context(), q))
        t.start()
        self._threads.add(t)
        _live[t] = q

    def _queued(self):
        # Takes the queued items off the queue: their futures.
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not None:
                yield item[0]

    def _init_failed(self):
        with self._guard:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for fut in self._queued():
                fut.set_exception(self.BROKEN(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Take no more calls; cancel_futures cancels the queued ones and
        wait joins the worker threads."""
        with self._guard:
            self._closed = True
            if cancel_futures:
                for fut in self._queued():
                    fut.cancel()
            # One None wakes the workers in turn.
            self._queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
`

const futuresProcessSource = `
"""ProcessPoolExecutor, which minipy lacks.

minipy is one process without multiprocessing: the class is here so
that imports work, and making one raises NotImplementedError. Threads
(ThreadPoolExecutor) or interpreters (InterpreterPoolExecutor) run
Python code in parallel instead.
"""

import concurrent.futures._base as _base


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process of the pool died while running a call."""


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by minipy (no processes); "
            "use ThreadPoolExecutor or InterpreterPoolExecutor")
`

// futuresInterpreterSource is InterpreterPoolExecutor (CPython 3.14's
// API): each worker thread owns an interpreter, and a task is pickled in
// the caller and unpickled in the worker's interpreter, where it runs;
// its result comes back by Interpreter.call, its exception through a
// queue (re-raised in the caller with the ExecutionFailed summary as
// __cause__). Where 3.14 makes the function or class of a pickle from
// __main__ by running the main script again as "<fake __main__>" (see
// semantics.md 3.6), minipy does the same in this module's unpickler: the
// worker runs the caller's main script once, under that name, when a
// pickle names something its own __main__ lacks. A task whose function
// cannot be pickled (a lambda, say) is sent as its code, as
// Interpreter.call sends a function; its exception then comes back as the
// ExecutionFailed itself.
const futuresInterpreterSource = `
"""InterpreterPoolExecutor: calls run in a pool of interpreters."""

import concurrent.interpreters as interpreters
import sys
import io
import pickle
import traceback
import concurrent.futures.thread as _thread
import concurrent.interpreters._queues as _queues


def _call_in_worker(qid, payload, mainfile):
    # Interpreter.call sends this function as its code, run in the worker
    # interpreter's __main__: it needs only builtins, and imports this
    # module there.
    import concurrent.futures.interpreter as here
    return here._run_task(qid, payload, mainfile)


# In a worker interpreter: its run of the caller's main script.
_fake_main = None


def _load_fake_main(mainfile):
    global _fake_main
    if _fake_main is not None:
        return _fake_main
    with open(mainfile, encoding='utf-8') as src:
        code = compile(src.read(), mainfile, 'exec')
    mod = type(sys)('<fake __main__>')
    mod.__file__ = mainfile
    # Set before the run, so that the script's own pickles find it.
    _fake_main = mod
    try:
        exec(code, mod.__dict__)
    except BaseException:
        _fake_main = None
        raise
    return mod


class _Unpickler(pickle.Unpickler):
    # Finds a name of __main__ that the worker's own __main__ lacks in the
    # worker's run of the caller's script.

    def __init__(self, file, mainfile):
        super().__init__(file)
        self._mainfile = mainfile

    def find_class(self, module, name):
        if module != '__main__' or not self._mainfile:
            return super().find_class(module, name)
        own = sys.modules.get('__main__')
        if own is not None and hasattr(own, name.partition('.')[0]):
            return super().find_class(module, name)
        obj = _load_fake_main(self._mainfile)
        for attr in name.split('.'):
            obj = getattr(obj, attr)
        return obj


def _run_task(qid, payload, mainfile):
    # In the worker. A failure leaves one item on the results queue, which
    # the caller reads when the call fails: the exception, or None when it
    # cannot be sent.
    results = _queues.Queue(qid)
    try:
        task = _Unpickler(io.BytesIO(payload), mainfile).load()
    except BaseException:
        results.put(None)
        raise
    return _apply(results, task)


def _apply(results, task):
    try:
        return task[0](*task[1], **task[2])
    except BaseException as failure:
        # Sent to the caller by the queue, and left unhandled here so
        # that the call fails with its summary.
        _send_failure(results, failure)
        raise


def _send_failure(results, exc):
    try:
        results.put(exc)
    except interpreters.NotShareableError:
        text = ''.join(traceback.format_exception(exc))
        sys.stderr.write('exception is not shareable:\n' + text)
        results.put(None)


def _as_task(fn, args, kwargs):
    if isinstance(fn, str):
        raise TypeError('scripts not supported')
    return (fn, args, kwargs)


class WorkerContext(_thread.WorkerContext):
    # A worker thread's own interpreter and results queue.

    @classmethod
    def prepare(cls, initializer, initargs):
        init = None if initializer is None else _as_task(initializer, initargs, {})
        mainfile = getattr(sys.modules.get('__main__'), '__file__', None)
        return (lambda: cls(init, mainfile)), _as_task

    def __init__(self, initdata, mainfile=None):
        self.initdata = initdata
        self.mainfile = mainfile
        self.interp = None
        self.results = None

    def __del__(self):
        self.finalize()

    def initialize(self):
        # On failure, closes what it made.
        self.interp = interpreters.create()
        try:
            self.results = interpreters.create_queue(0)
            if self.initdata:
                self.run(self.initdata)
        except BaseException:
            self.finalize()
            raise

    def finalize(self):
        interp = self.interp
        self.interp = self.results = None
        if interp is not None:
            interp.close()

    def run(self, task):
        try:
            payload = pickle.dumps(task)
        except Exception as why:
            return self._run_unpicklable(task, why)
        # The queue goes by its id: the frames of a failed call (which the
        # traceback of its ExecutionFailed keeps) then hold no handle of it.
        try:
            return self.interp.call(_call_in_worker, self.results.id, payload, self.mainfile)
        except interpreters.ExecutionFailed as failed:
            # The worker left the exception (or None) on the queue.
            exc = self.results.get()
            if exc is None:
                raise
            raise exc from failed

    def _run_unpicklable(self, task, why):
        fn, args, kwargs = task
        refusal = f'{task!r} does not support cross-interpreter data'
        if type(fn) is not type(_apply):
            raise interpreters.NotShareableError(refusal) from why
        try:
            pickle.dumps((args, kwargs))
        except Exception as exc:
            raise interpreters.NotShareableError(refusal) from exc
        # A function pickle cannot name (a lambda) goes as its code.
        return self.interp.call(fn, *args, **kwargs)


class BrokenInterpreterPool(_thread.BrokenThreadPool):
    """A worker of the pool failed to initialize its interpreter."""


class InterpreterPoolExecutor(_thread.ThreadPoolExecutor):
    """Runs calls in a pool of threads, each with its own interpreter."""

    BROKEN = BrokenInterpreterPool
    _context_class = WorkerContext

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """As ThreadPoolExecutor; initializer(*initargs) runs in each
        worker's interpreter."""
        if not thread_name_prefix:
            thread_name_prefix = f"InterpreterPoolExecutor-{self._counter()}"
        super().__init__(max_workers, thread_name_prefix, initializer, initargs)
`
