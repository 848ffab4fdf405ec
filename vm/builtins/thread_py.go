package builtins

// threadingSource is the threading module, run in a module whose names
// come from _thread (thread.go). minipy's own code, written from the
// documented behaviour of CPython 3.11's threading module.
const threadingSource = `
import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
           'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
Lock = _thread.allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_PyRLock = None


def RLock(*args, **kwargs):
    return _thread.RLock(*args, **kwargs)


def stack_size(*args):
    return _thread.stack_size(*args)


# Threads by ident once running; threads started but not yet running.
_active = {}
_limbo = {}
_registry_lock = _allocate_lock()
_name_counter = 0


def _new_name(template):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            meth = getattr(lock, name, None)
            if meth is not None:
                setattr(self, name, meth)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # For a plain Lock: saving the state is releasing it.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        # The first round always waits (even for a timeout of 0), so a
        # false predicate on an un-acquired lock raises, as CPython's.
        deadline = None
        wait = timeout
        result = predicate()
        while not result:
            if wait is not None:
                if deadline is None:
                    deadline = _time() + wait
                else:
                    wait = deadline - _time()
                    if wait <= 0:
                        break
            self.wait(wait)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while self._waiters and n > 0:
            gate = self._waiters.pop(0)
            try:
                gate.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        if timeout is not None:
            deadline = _time() + timeout
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                wait = None
                if deadline is not None:
                    wait = deadline - _time()
                    if wait <= 0:
                        return False
                self._cond.wait(wait)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self),
                                      "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# Barrier phases.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._inside = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%s/%s>" % (cls.__module__, cls.__qualname__, id(self),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait for the previous round to empty out.
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action:
                            self._action()
                    except:
                        self._break()
                        raise
                    self._phase = _DRAINING
                    self._cond.notify_all()
                else:
                    if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._phase < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._inside > 0:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


class ExceptHookArgs(tuple):
    __module__ = "_thread"
    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = "_ExceptHookArgs"


def excepthook(args, /):
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is None:
            return
        stderr = getattr(args.thread, "_stderr", None)
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    if args.exc_value is not None:
        # CPython 3.11's _thread._excepthook prints the exception's own
        # __traceback__; args.exc_traceback is not used.
        stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            # 3.14's isolated sub-interpreters refuse daemon threads
            if daemon and not _thread.daemon_threads_allowed():
                raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        # Held while the thread runs: join() waits for it.
        done = self._done_lock = _allocate_lock()
        done.acquire()
        with _registry_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        try:
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            with _registry_lock:
                _active.pop(self._ident, None)
            _thread._local_thread_ended(self._ident)
            # An interrupted join may have released it already (as
            # CPython 3.11's _wait_for_tstate_lock does).
            if done.locked():
                done.release()

    def _wait_done(self, block=True, timeout=-1):
        lock = self._done_lock
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._is_stopped = True
                self._done_lock = None
        except:
            # The acquire took the lock but was interrupted (Ctrl-C) as
            # it returned: the thread has ended all the same (bpo-45274).
            if lock.locked():
                lock.release()
                self._is_stopped = True
                self._done_lock = None
            raise

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_done()
        else:
            self._wait_done(timeout=max(timeout, 0))

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_done(False)
        return not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except BaseException as exc:
        exc.__suppress_context__ = True
        del exc
        stderr = _sys.stderr if _sys.stderr is not None else thread._stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        _sys.excepthook(*_sys.exc_info())
    finally:
        exc_type = exc_value = exc_tb = None


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done_lock = _allocate_lock()
        self._done_lock.acquire()
        _active[self._ident] = self


class _DummyThread(Thread):
    # A thread not started by threading (by _thread.start_new_thread).
    def __init__(self):
        # As CPython 3.12+: not a daemon where daemon threads are refused
        # (a thread entering a sub-interpreter through exec or a proxy).
        Thread.__init__(self, name=_new_name("Dummy-%d"),
                        daemon=_thread.daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped and self._started.is_set()

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _registry_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def settrace(func):
    if func is not None:
        raise NotImplementedError("threading.settrace is not supported by minipy")


def setprofile(func):
    if func is not None:
        raise NotImplementedError("threading.setprofile is not supported by minipy")


# settrace and setprofile accept only None (sys.settrace has no tracing
# of functions in minipy), so no hook is ever installed.
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
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    # At interpreter exit: the main thread is done, the calls of
    # _register_atexit run (last first), then every non-daemon thread is
    # joined (including those started meanwhile).
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    lock = _main_thread._done_lock
    if lock is not None and lock.locked():
        lock.release()
    _main_thread._is_stopped = True
    _main_thread._done_lock = None
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    while True:
        with _registry_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t.daemon and t is not _main_thread
                       and not isinstance(t, _DummyThread)]
        pending = [t for t in pending if t.is_alive()]
        if not pending:
            break
        for t in pending:
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
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    __module__ = "_queue"


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass




# types.GenericAlias, for Queue[int] (there is no types module to take it from).
_GenericAlias = type(list[int])


class Queue:
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _time()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    left = deadline - _time()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # A list with a moving head: O(1) amortized at both ends.
    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[self._head]
        self.queue[self._head] = None
        self._head += 1
        if self._head >= 64 and self._head * 2 >= len(self.queue):
            del self.queue[:self._head]
            self._head = 0
        return item


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    # A binary min-heap in a list.
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        h = self.queue
        h.append(item)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def _get(self):
        h = self.queue
        last = h.pop()
        if not h:
            return last
        top = h[0]
        h[0] = last
        i, n = 0, len(h)
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and h[child + 1] < h[child]:
                child += 1
            if h[child] < h[i]:
                h[i], h[child] = h[child], h[i]
                i = child
            else:
                break
        return top


class SimpleQueue:
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
        if not block:
            timeout = None
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head >= 64 and self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._items) == self._head

    def qsize(self):
        return len(self._items) - self._head

`
