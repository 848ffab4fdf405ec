package stdlib

// asyncio in Python, written for minipy over the coroutine protocol
// (no C accelerator): a package of frozen modules named as CPython's
// (asyncio.events, asyncio.futures, asyncio.tasks, ...), so that
// programs that import a submodule or print a class find them. The
// event loop (asyncio.base_events) keeps CPython's step order: a FIFO of
// ready handles, a heap of timers, and one step runs exactly the handles
// that were ready when it began; its wait is a lock acquire with a
// timeout, which releases the interpreter lock as time.sleep does.

// asyncioModules are the modules of the asyncio package.
var asyncioModules = []struct{ name, src string }{
	{"asyncio", asyncioInitSource},
	{"asyncio.exceptions", asyncioExceptionsSource},
	{"asyncio.coroutines", asyncioCoroutinesSource},
	{"asyncio.events", asyncioEventsSource},
	{"asyncio.base_events", asyncioBaseEventsSource},
	{"asyncio.streams", asyncioStreamsSource},
	{"asyncio.subprocess", asyncioSubprocessSource},
	{"asyncio.threads", asyncioThreadsSource},
	{"asyncio.futures", asyncioFuturesSource},
	{"asyncio.tasks", asyncioTasksSource},
	{"asyncio.locks", asyncioLocksSource},
	{"asyncio.queues", asyncioQueuesSource},
	{"asyncio.timeouts", asyncioTimeoutsSource},
	{"asyncio.taskgroups", asyncioTaskgroupsSource},
	{"asyncio.runners", asyncioRunnersSource},
}

// asyncioInitSource is the module asyncio.
const asyncioInitSource = `"""The asyncio package, written for minipy: the event loop, tasks,
futures, synchronization primitives, queues, timeouts and task groups.
Networking, pipes, signals and subprocesses are not supported: their
functions raise NotImplementedError."""

import sys

from asyncio.exceptions import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.base_events import *
from asyncio.tasks import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
from asyncio.runners import *
from asyncio.streams import *
from asyncio.subprocess import *
from asyncio.threads import *

from asyncio import (exceptions, coroutines, events, futures, base_events,
                     tasks, locks, queues, timeouts, taskgroups, runners,
                     streams, subprocess, threads)

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ +
           futures.__all__ + base_events.__all__ + tasks.__all__ +
           locks.__all__ + queues.__all__ + timeouts.__all__ +
           taskgroups.__all__ + runners.__all__ + streams.__all__ +
           subprocess.__all__ + threads.__all__)
`

// asyncioExceptionsSource is the module asyncio.exceptions.
const asyncioExceptionsSource = `"""asyncio's exception classes."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """Incomplete read error."""

    def __init__(self, partial, expected):
        what = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {what} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
`

// asyncioCoroutinesSource is the module asyncio.coroutines.
const asyncioCoroutinesSource = `"""Telling coroutines and coroutine functions."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import collections.abc
import functools
import inspect
import types

# The mark functions get from the old @asyncio.coroutine decorator's heirs.
_is_coroutine = object()


def iscoroutinefunction(func):
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


_known = {}

# As 3.11: generators count too (generator-based coroutines), and what
# types.coroutine makes of a plain generator.
_COROUTINE_LIKE = (types.CoroutineType, types.GeneratorType, collections.abc.Coroutine,
                   getattr(types, '_AwaitableGenerator', ()))


def iscoroutine(obj):
    t = type(obj)
    known = _known.get(t)
    if known is not None:
        return known
    yes = isinstance(obj, _COROUTINE_LIKE)
    if len(_known) < 100:
        _known[t] = yes
    return yes


def _callable_text(fn):
    # The name of a callback in reprs: functools.partial shows its
    # function and bound arguments, a method or function its qualified
    # name.
    if isinstance(fn, functools.partial):
        return _callable_text(fn.func) + _args_text(fn.args, fn.keywords)
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    if name:
        return name
    return repr(fn)


def _short_repr(x):
    r = repr(x)
    if len(r) > 30:
        r = r[:13] + '...' + r[-14:]
    return r


def _args_text(args, kwargs=None):
    parts = [_short_repr(a) for a in args or ()]
    if kwargs:
        parts += [f'{k}={_short_repr(v)}' for k, v in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _source_of(fn):
    if getattr(fn, '__name__', None) == 'task_wakeup':
        return ''  # a method of C in CPython: no source to show
    while isinstance(fn, functools.partial):
        fn = fn.func
    fn = inspect.unwrap(fn) if callable(fn) else fn
    code = getattr(getattr(fn, '__func__', fn), '__code__', None)
    if code is None:
        return ''
    return f' at {code.co_filename}:{code.co_firstlineno}'


def _format_callback(fn, args, with_source=True):
    text = _callable_text(fn) + _args_text(args)
    if with_source:
        text += _source_of(fn)
    return text


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return name
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
`

// asyncioEventsSource is the module asyncio.events.
const asyncioEventsSource = `"""Handles, the event loop policy and the running loop of each thread."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', 'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import _thread
import contextvars

from asyncio import coroutines


class Handle:
    """A callback with its arguments, as call_soon() returns it."""

    __slots__ = ('_fn', '_fn_args', '_dropped', '_loop', '_fixed_repr',
                 '__weakref__', '_ctx')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._ctx = context
        self._loop = loop
        self._fn = callback
        self._fn_args = args
        self._dropped = False
        self._fixed_repr = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._dropped:
            info.append('cancelled')
        if self._fn is not None:
            info.append(coroutines._format_callback(self._fn, self._fn_args))
        return info

    def __repr__(self):
        if self._fixed_repr is not None:
            return self._fixed_repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._dropped:
            self._dropped = True
            self._fn = None
            self._fn_args = None

    def cancelled(self):
        return self._dropped

    def _run(self):
        try:
            self._ctx.run(self._fn, *self._fn_args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            what = coroutines._format_callback(self._fn, self._fn_args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {what}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock (call_later, call_at)."""

    __slots__ = ('_in_heap', '_due')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._due = when
        self._in_heap = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._dropped else 1, f'when={self._due}')
        return info

    def __hash__(self):
        return hash(self._due)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._due < other._due
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._due < other._due or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._due > other._due
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._due > other._due or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._due == other._due and
                    self._fn == other._fn and
                    self._fn_args == other._fn_args and
                    self._dropped == other._dropped)
        return NotImplemented

    def cancel(self):
        if not self._dropped:
            self._loop._note_dead_timer(self)
        super().cancel()

    def when(self):
        return self._due


class AbstractServer:
    """Networking is not part of minipy's asyncio."""

    def close(self):
        raise NotImplementedError


def _abstract(cls, names):
    # The interface's methods: each raises NotImplementedError until a
    # subclass defines it.
    for name in names:
        def method(self, *args, **kwargs):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = cls.__name__ + '.' + name
        setattr(cls, name, method)


class AbstractEventLoop:
    """The interface of event loops; see base_events.BaseEventLoop."""


_abstract(AbstractEventLoop, (
    'run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
    'close', 'shutdown_asyncgens', 'shutdown_default_executor', 'call_soon',
    'call_later', 'call_at', 'time', 'create_future', 'create_task',
    'call_soon_threadsafe', 'run_in_executor', 'set_default_executor',
    'set_exception_handler', 'get_exception_handler',
    'default_exception_handler', 'call_exception_handler', 'get_debug',
    'set_debug'))


class _PolicyLocal(_thread._local):
    _loop = None
    _assigned = False


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""


_abstract(AbstractEventLoopPolicy, (
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher'))


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One current loop per thread; the main thread makes its loop on
    demand, the other threads must set theirs."""

    _new_loop = None

    def __init__(self):
        self._local = _PolicyLocal()

    def get_event_loop(self):
        local = self._local
        if local._loop is None and not local._assigned:
            import threading
            if threading.current_thread() is threading.main_thread():
                self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            import threading
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return local._loop

    def set_event_loop(self, loop):
        self._local._assigned = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._local._loop = loop

    def new_event_loop(self):
        return self._new_loop()

    def get_child_watcher(self):
        raise NotImplementedError("child watchers (subprocesses) are not supported by minipy's asyncio")

    def set_child_watcher(self, watcher):
        raise NotImplementedError("child watchers (subprocesses) are not supported by minipy's asyncio")


# The running loop of each thread, by thread ident; an entry lives only
# while its loop runs.
_running_loops = {}


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(_thread.get_ident(), None)
    else:
        _running_loops[_thread.get_ident()] = loop


def get_running_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


_policy = None


def _make_policy():
    global _policy
    from asyncio.base_events import DefaultEventLoopPolicy
    _policy = DefaultEventLoopPolicy()
    return _policy


def get_event_loop_policy():
    return _policy if _policy is not None else _make_policy()


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _policy = policy


def get_event_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    return get_event_loop_policy().set_child_watcher(watcher)
`

// asyncioBaseEventsSource is the module asyncio.base_events.
const asyncioBaseEventsSource = `"""The event loop: a FIFO of ready handles and a heap of timers.

One step of the loop (_step) does what CPython's does, in the same
order, so that deterministic programs interleave their tasks as there:
drop cancelled timers at the head of the heap, wait for the next timer
(or not at all when something is ready), move the due timers to the
ready queue, then run the handles that were ready when the step began.
The wait is a lock acquire with a timeout, which releases the
interpreter lock; call_soon_threadsafe releases that lock to wake the
loop early (CPython's self-pipe).
"""

__all__ = ('BaseEventLoop', 'SelectorEventLoop', 'DefaultEventLoopPolicy')

import _thread
import collections
import heapq
import math
import sys
import time

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures

# At most this many seconds in one wait.
_MAX_WAIT = 24 * 3600
# The heap is rebuilt when it holds more than this many timers of which
# more than this fraction are cancelled.
_MIN_TIMERS_TO_PURGE = 100
_CANCELLED_FRACTION = 0.5


def _run_until_complete_cb(fut):
    # A future that ended with SystemExit or KeyboardInterrupt already
    # made run_forever raise; stopping the loop would lose nothing but
    # must not run either.
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


def _not_supported(what):
    raise NotImplementedError(f"{what} is not supported by minipy's asyncio "
                              "(no networking, pipes, signals or subprocesses)")


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._dead_timers = 0
        self._is_shut = False
        self._stop_requested = False
        self._runnable = collections.deque()
        self._timers = []
        self._executor = None
        self._internal_fds = 0
        self._owner_thread = None
        self._tick = time.get_clock_info('monotonic').resolution
        self._error_hook = None
        self._debug_mode = False
        self.slow_callback_duration = 0.1
        self._task_maker = None
        self._coroutine_origin_tracking_enabled = False
        self._asyncgens_shutdown_called = False
        self._executor_closed = False
        # Held except while someone woke the loop (see _wait).
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._refuse_if_closed()
        if self._task_maker is None:
            from asyncio import tasks
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_maker(self, coro)
            else:
                task = self._task_maker(self, coro, context=context)
            if name is not None:
                try:
                    set_name = task.set_name
                except AttributeError:
                    pass
                else:
                    set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_maker = factory

    def get_task_factory(self):
        return self._task_maker

    def _refuse_if_closed(self):
        if self._is_shut:
            raise RuntimeError('Event loop is closed')

    def _refuse_if_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._refuse_if_closed()
        self._refuse_if_running()
        self._owner_thread = _thread.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._step()
                if self._stop_requested:
                    break
        finally:
            self._stop_requested = False
            self._owner_thread = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        self._refuse_if_closed()
        self._refuse_if_running()
        from asyncio import tasks
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            # Nobody else sees this task: its failure is reported by
            # raising, not by the never-retrieved message.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if made_here and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stop_requested = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._is_shut:
            return
        self._is_shut = True
        self._runnable.clear()
        self._timers.clear()
        self._executor_closed = True
        executor = self._executor
        if executor is not None:
            self._executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._is_shut

    def is_running(self):
        return self._owner_thread is not None

    def time(self):
        return time.monotonic()

    def __del__(self):
        pass

    async def shutdown_asyncgens(self):
        # Async generators are not tracked (minipy has no
        # sys.set_asyncgen_hooks): nothing to close.
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self):
        self._executor_closed = True
        executor = self._executor
        if executor is None:
            return
        done = self.create_future()

        def shut():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(futures._set_result_unless_cancelled, done, None)
            except Exception as ex:
                if not self.is_closed():
                    self.call_soon_threadsafe(done.set_exception, ex)

        import threading
        t = threading.Thread(target=shut)
        t.start()
        try:
            await done
        finally:
            t.join()

    # ---- scheduling ----

    def call_soon(self, callback, *args, context=None):
        self._refuse_if_closed()
        if self._debug_mode:
            self._vet_callback(callback, 'call_soon')
        return self._enqueue(callback, args, context)

    def _vet_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _enqueue(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._refuse_if_closed()
        if self._debug_mode:
            self._vet_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, timer)
        timer._in_heap = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._refuse_if_closed()
        if self._debug_mode:
            self._vet_callback(callback, 'call_soon_threadsafe')
        handle = self._enqueue(callback, args, context)
        self._wake()
        return handle

    def _wake(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # already woken

    def _note_dead_timer(self, handle):
        if handle._in_heap:
            self._dead_timers += 1

    def _wait(self, timeout):
        # Wait until timeout passes or another thread wakes the loop.
        lock = self._wakeup
        if timeout is None:
            lock.acquire()
        elif timeout <= 0:
            lock.acquire(False)
        else:
            # epoll waits whole milliseconds, rounded up: so do we, so
            # that timers due close together fire in the same step as
            # in CPython.
            lock.acquire(True, math.ceil(timeout * 1e3) * 1e-3)

    def _step(self):
        scheduled = self._timers
        n = len(scheduled)
        if n > _MIN_TIMERS_TO_PURGE and self._dead_timers / n > _CANCELLED_FRACTION:
            keep = []
            for h in scheduled:
                if h._dropped:
                    h._in_heap = False
                else:
                    keep.append(h)
            heapq.heapify(keep)
            self._timers = scheduled = keep
            self._dead_timers = 0
        else:
            while scheduled and scheduled[0]._dropped:
                self._dead_timers -= 1
                h = heapq.heappop(scheduled)
                h._in_heap = False

        ready = self._runnable
        if ready or self._stop_requested:
            timeout = 0
        elif scheduled:
            timeout = min(max(0, scheduled[0]._due - self.time()), _MAX_WAIT)
        else:
            timeout = None
        self._wait(timeout)

        deadline = self.time() + self._tick
        while scheduled:
            if scheduled[0]._due >= deadline:
                break
            h = heapq.heappop(scheduled)
            h._in_heap = False
            ready.append(h)

        # Only what is ready now runs in this step; what these callbacks
        # schedule waits for the next one.
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._dropped:
                h._run()
        h = None

    # ---- executors ----

    def run_in_executor(self, executor, func, *args):
        self._refuse_if_closed()
        if self._debug_mode:
            self._vet_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._executor
            if executor is None:
                if self._executor_closed:
                    raise RuntimeError('Executor shutdown has been called')
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._executor = executor

    # ---- errors ----

    def get_exception_handler(self):
        return self._error_hook

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._error_hook = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        _log_error('\n'.join(lines), exc)

    def call_exception_handler(self, context):
        if self._error_hook is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _log_error('Exception in default exception handler', sys.exc_info()[1])
            return
        try:
            self._error_hook(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                _log_error('Exception in default exception handler '
                           'while handling an unexpected error '
                           'in custom exception handler', sys.exc_info()[1])

    def get_debug(self):
        return self._debug_mode

    def set_debug(self, enabled):
        self._debug_mode = bool(enabled)

    # ---- what minipy's asyncio does not do ----

    def add_reader(self, fd, callback, *args):
        _not_supported('add_reader()')

    def remove_reader(self, fd):
        _not_supported('remove_reader()')

    def add_writer(self, fd, callback, *args):
        _not_supported('add_writer()')

    def remove_writer(self, fd):
        _not_supported('remove_writer()')

    def add_signal_handler(self, sig, callback, *args):
        _not_supported('add_signal_handler()')

    def remove_signal_handler(self, sig):
        _not_supported('remove_signal_handler()')

    async def getaddrinfo(self, *args, **kwargs):
        _not_supported('getaddrinfo()')

    async def getnameinfo(self, *args, **kwargs):
        _not_supported('getnameinfo()')

    async def create_connection(self, *args, **kwargs):
        _not_supported('create_connection()')

    async def create_server(self, *args, **kwargs):
        _not_supported('create_server()')

    async def create_unix_connection(self, *args, **kwargs):
        _not_supported('create_unix_connection()')

    async def create_unix_server(self, *args, **kwargs):
        _not_supported('create_unix_server()')

    async def create_datagram_endpoint(self, *args, **kwargs):
        _not_supported('create_datagram_endpoint()')

    async def connect_accepted_socket(self, *args, **kwargs):
        _not_supported('connect_accepted_socket()')

    async def connect_read_pipe(self, *args, **kwargs):
        _not_supported('connect_read_pipe()')

    async def connect_write_pipe(self, *args, **kwargs):
        _not_supported('connect_write_pipe()')

    async def subprocess_shell(self, *args, **kwargs):
        _not_supported('subprocess_shell()')

    async def subprocess_exec(self, *args, **kwargs):
        _not_supported('subprocess_exec()')

    async def sock_recv(self, *args, **kwargs):
        _not_supported('sock_recv()')

    async def sock_sendall(self, *args, **kwargs):
        _not_supported('sock_sendall()')

    async def sock_connect(self, *args, **kwargs):
        _not_supported('sock_connect()')

    async def sock_accept(self, *args, **kwargs):
        _not_supported('sock_accept()')

    async def sendfile(self, *args, **kwargs):
        _not_supported('sendfile()')

    async def start_tls(self, *args, **kwargs):
        _not_supported('start_tls()')


def _log_error(message, exc):
    # As the asyncio logger's error() with exc_info: through logging when
    # the program uses it, else what logging's last-resort handler prints.
    logging = sys.modules.get('logging')
    if logging is not None:
        info = (type(exc), exc, exc.__traceback__) if exc is not None else False
        logging.getLogger('asyncio').error(message, exc_info=info)
        return
    err = sys.stderr
    if err is None:
        return
    text = message
    if exc is not None:
        import traceback
        tb = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        if tb.endswith('\n'):
            tb = tb[:-1]
        text += '\n' + tb
    err.write(text + '\n')


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio makes on Unix (a BaseEventLoop here: no selector)."""


SelectorEventLoop = _UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _new_loop = _UnixSelectorEventLoop


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
`

// asyncioStreamsSource is the module asyncio.streams.
const asyncioStreamsSource = `"""Streams need networking, which minipy's asyncio does not have."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'open_unix_connection',
           'start_unix_server')


def _no_streams(*args, **kwargs):
    raise NotImplementedError("asyncio streams are not supported by minipy's asyncio (no networking)")


class StreamReader:
    def __init__(self, *args, **kwargs):
        _no_streams()


class StreamWriter:
    def __init__(self, *args, **kwargs):
        _no_streams()


class StreamReaderProtocol:
    def __init__(self, *args, **kwargs):
        _no_streams()


async def open_connection(*args, **kwargs):
    _no_streams()


async def start_server(*args, **kwargs):
    _no_streams()


async def open_unix_connection(*args, **kwargs):
    _no_streams()


async def start_unix_server(*args, **kwargs):
    _no_streams()
`

// asyncioSubprocessSource is the module asyncio.subprocess.
const asyncioSubprocessSource = `"""Subprocesses are not supported by minipy's asyncio."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_exec(*args, **kwargs):
    raise NotImplementedError("asyncio subprocesses are not supported by minipy's asyncio")


async def create_subprocess_shell(*args, **kwargs):
    raise NotImplementedError("asyncio subprocesses are not supported by minipy's asyncio")
`

// asyncioThreadsSource is the module asyncio.threads.
const asyncioThreadsSource = `"""asyncio.to_thread (in asyncio.tasks here)."""

__all__ = ('to_thread',)

from asyncio.tasks import to_thread
`
