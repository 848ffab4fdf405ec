package stdlib

// asyncioFuturesSource is the module asyncio.futures.
const asyncioFuturesSource = `"""asyncio.Future: a result that a task can wait for."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import contextvars
import sys

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    # Duck typing, as CPython: anything with the blocking flag set to a
    # bool is a future.
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _callbacks_text(cbs):
    names = [coroutines._format_callback(fn, ()) for fn, _ in cbs]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """A future result, to be set once; awaiting it waits for it."""

    __module__ = '_asyncio'

    _stage = _PENDING
    _outcome_value = None
    _error = None
    _loop = None
    _source_traceback = None
    _cancel_msg = None
    _cancel_exc = None
    # True while a task waits on this future (the protocol between
    # __await__ and Task.__step), None on things that are not futures.
    _asyncio_future_blocking = False
    __unreported = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._done_cbs = []

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._stage.lower()]
        if self._stage == _FINISHED:
            if self._error is not None:
                info.append(f'exception={self._error!r}')
            else:
                r = repr(self._outcome_value)
                if len(r) > 60:
                    r = r[:28] + '...' + r[-29:]
                info.append(f'result={r}')
        if self._done_cbs:
            info.append(_callbacks_text(self._done_cbs))
        return info

    def __del__(self):
        if not self.__unreported:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._error,
            'future': self,
        })

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def _log_traceback(self):
        return self.__unreported

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__unreported = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        exc = self._cancel_exc
        if exc is not None:
            self._cancel_exc = None
            return exc
        if self._cancel_msg is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_msg)

    def cancel(self, msg=None):
        self.__unreported = False
        if self._stage != _PENDING:
            return False
        self._stage = _CANCELLED
        self._cancel_msg = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        cbs = self._done_cbs
        if not cbs:
            return
        self._done_cbs = []
        loop = self._loop
        for fn, ctx in cbs:
            loop.call_soon(fn, self, context=ctx)

    def cancelled(self):
        return self._stage == _CANCELLED

    def done(self):
        return self._stage != _PENDING

    def result(self):
        state = self._stage
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__unreported = False
        exc = self._error
        if exc is not None:
            raise exc.with_traceback(self._error_tb)
        return self._outcome_value

    def exception(self):
        state = self._stage
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__unreported = False
        return self._error

    def add_done_callback(self, fn, *, context=None):
        if self._stage != _PENDING:
            self._loop.call_soon(fn, self, context=context)
            return
        if context is None:
            context = contextvars.copy_context()
        self._done_cbs.append((fn, context))

    def remove_done_callback(self, fn):
        keep = [(f, ctx) for f, ctx in self._done_cbs if f != fn]
        removed = len(self._done_cbs) - len(keep)
        if removed:
            self._done_cbs[:] = keep
        return removed

    def set_result(self, result):
        if self._stage != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._outcome_value = result
        self._stage = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._stage != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._error = exception
        self._error_tb = exception.__traceback__
        self._stage = _FINISHED
        self.__schedule_callbacks()
        self.__unreported = True

    def __await__(self):
        if self._stage == _PENDING:
            self._asyncio_future_blocking = True
            yield self
        if self._stage == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _get_loop(fut):
    try:
        get = fut.get_loop
    except AttributeError:
        return fut._loop
    return get()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    import concurrent.futures
    t = type(exc)
    if t is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if t is concurrent.futures.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    if t is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_state(dst, src):
    # src is done; dst takes its outcome (dst is an asyncio Future or a
    # concurrent.futures one).
    if src.cancelled():
        dst.cancel()
        return
    exc = src.exception()
    if exc is not None:
        dst.set_exception(_convert_future_exc(exc))
    else:
        dst.set_result(src.result())


def _chain_future(source, destination):
    import concurrent.futures
    cf = concurrent.futures.Future
    if not isfuture(source) and not isinstance(source, cf):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, cf):
        raise TypeError('A future is required for destination argument')
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None

    def set_state(dst, src):
        if isfuture(dst):
            if dst.cancelled():
                return
            _copy_state(dst, src)
        else:
            if dst.cancelled() or not dst.set_running_or_notify_cancel():
                return
            _copy_state(dst, src)

    def dst_done(dst):
        if dst.cancelled():
            if src_loop is None or src_loop is dst_loop:
                source.cancel()
            else:
                src_loop.call_soon_threadsafe(source.cancel)

    def src_done(src):
        if destination.cancelled() and dst_loop is not None and dst_loop.is_closed():
            return
        if dst_loop is None or dst_loop is src_loop:
            set_state(destination, src)
        else:
            if dst_loop.is_closed():
                return
            dst_loop.call_soon_threadsafe(set_state, destination, src)

    destination.add_done_callback(dst_done)
    source.add_done_callback(src_done)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    import concurrent.futures
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new = loop.create_future()
    _chain_future(future, new)
    return new
`

// asyncioTasksSource is the module asyncio.tasks.
const asyncioTasksSource = `"""Tasks, and the functions that combine awaitables."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import contextvars
import functools
import inspect
import itertools
import sys
import types
import weakref

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio.events import get_running_loop as _running_loop

_task_numbers = itertools.count(1)

# Every task not yet collected, and the task each loop runs now.
_live_tasks = weakref.WeakSet()
_running_task_of = {}


def current_task(loop=None):
    if loop is None:
        loop = _running_loop()
    return _running_task_of.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = _running_loop()
    while True:
        try:
            snapshot = list(_live_tasks)
        except RuntimeError:
            continue
        break
    return {t for t in snapshot if futures._get_loop(t) is loop and not t.done()}


def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _enter_task(loop, task):
    running = _running_task_of.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {running!r} is being executed.')
    _running_task_of[loop] = task


def _leave_task(loop, task):
    running = _running_task_of.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {running!r}.')
    del _running_task_of[loop]


def _drop_own_frame(err):
    # The exception went through Task.__step's frame on its way here;
    # CPython's C task has no frame there, so its traceback starts at the
    # coroutine.
    tb = err.__traceback__
    if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
        err.__traceback__ = tb.tb_next


class Task(futures.Future):
    """A coroutine run by the event loop, step by step."""

    __module__ = '_asyncio'

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{next(_task_numbers)}'
        else:
            self._name = str(name)
        self._cancel_requests = 0
        self._cancel_pending = False
        self._awaiting = None
        self._coro = coro
        self._ctx = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self.__step, context=self._ctx)
        _live_tasks.add(self)

    def __del__(self):
        if self._stage == futures._PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })
        super().__del__()

    def _repr_info(self):
        info = [self._stage.lower()]
        if self._cancel_pending:
            info[0] = 'cancelling'
        info.append(f'name={self._name!r}')
        info.append(f'coro=<{coroutines._format_coroutine(self._coro)}>')
        rest = super()._repr_info()[1:]
        if self._awaiting is not None:
            rest.insert(0, f'wait_for={self._awaiting!r}')
        return info + rest

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        frames = []
        f = getattr(self._coro, 'cr_frame', None)
        if f is not None:
            frames.append(f)
        return frames

    def print_stack(self, *, limit=None, file=None):
        import sys
        import traceback
        if file is None:
            file = sys.stderr
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=file)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=file)
            for f in frames:
                traceback.print_stack(f, file=file)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._cancel_requests += 1
        gate = self._awaiting
        if gate is not None and gate.cancel(msg=msg):
            # The gate may be a task that swallows the cancellation:
            # keep it, to cancel it again later.
            return True
        # __step is scheduled already: it throws CancelledError in.
        self._cancel_pending = True
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def __step(self, err=None):
        if self._stage != futures._PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {err!r}')
        if self._cancel_pending:
            if not isinstance(err, exceptions.CancelledError):
                err = self._make_cancelled_error()
            self._cancel_pending = False
        coro = self._coro
        self._awaiting = None
        loop = self._loop
        _enter_task(loop, self)
        try:
            if err is None:
                yielded = coro.send(None)
            else:
                yielded = coro.throw(err)
        except StopIteration as stop:
            if self._cancel_pending:
                # Cancelled while finishing: the yielded is dropped.
                self._cancel_pending = False
                futures.Future.cancel(self, msg=self._cancel_msg)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as err:
            _drop_own_frame(err)
            self._cancel_exc = err
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as err:
            _drop_own_frame(err)
            futures.Future.set_exception(self, err)
            raise
        except BaseException as err:
            _drop_own_frame(err)
            futures.Future.set_exception(self, err)
        else:
            if yielded is None:
                # A bare yield (sleep(0)): run again at the next step.
                loop.call_soon(self.__step, context=self._ctx)
            else:
                self.__on_yield(yielded)
        finally:
            _leave_task(loop, self)
            self = None

    def __on_yield(self, yielded):
        flag = getattr(yielded, '_asyncio_future_blocking', None)
        loop = self._loop
        if flag is not None:
            if futures._get_loop(yielded) is not loop:
                err = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop')
            elif not flag:
                err = RuntimeError(f'yield was used instead of yield from in task {self!r} with {yielded!r}')
            elif yielded is self:
                err = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup, context=self._ctx)
                self._awaiting = yielded
                if self._cancel_pending and yielded.cancel(msg=self._cancel_msg):
                    self._cancel_pending = False
                return
        elif inspect.isgenerator(yielded):
            err = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {yielded!r}')
        else:
            err = RuntimeError(f'Task got bad yield: {yielded!r}')
        loop.call_soon(self.__step, err, context=self._ctx)

    def task_wakeup(self, awaited):
        if isinstance(awaited, futures.Future):
            # Read the outcome without raising it here, so that the
            # traceback the coroutine sees gains no frame of ours.
            if awaited._stage == futures._CANCELLED:
                self.__step(awaited._make_cancelled_error())
            else:
                err = awaited.exception()
                if err is None:
                    self.__step()
                else:
                    self.__step(err.with_traceback(awaited._error_tb))
            self = None
            return
        try:
            awaited.result()
        except BaseException as err:
            self.__step(err)
        else:
            self.__step()
        self = None


_STEP_CODE = Task._Task__step.__code__


def create_task(coro, *, name=None, context=None):
    loop = _running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)
    return task


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = _running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(gate, *args):
    if not gate.done():
        gate.set_result(None)


async def _wait(fs, timeout, return_when, loop):
    gate = loop.create_future()
    alarm = None
    if timeout is not None:
        alarm = loop.call_later(timeout, _release_waiter, gate)
    unsettled = len(fs)

    def on_done(f):
        nonlocal unsettled
        unsettled -= 1
        if (unsettled <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if alarm is not None:
                alarm.cancel()
            if not gate.done():
                gate.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await gate
    finally:
        if alarm is not None:
            alarm.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(aw, loop):
    gate = loop.create_future()
    cb = functools.partial(_release_waiter, gate)
    aw.add_done_callback(cb)
    try:
        aw.cancel()
        # Wait for the cancellation to be delivered, not for aw itself:
        # aw may swallow it.
        await gate
    finally:
        aw.remove_done_callback(cb)


def _result_or_timeout(aw):
    # aw was cancelled for running out of time: that is a TimeoutError,
    # unless it finished meanwhile.
    try:
        return aw.result()
    except exceptions.CancelledError as err:
        raise exceptions.TimeoutError() from err


async def wait_for(fut, timeout):
    loop = _running_loop()
    if timeout is None:
        return await fut
    aw = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if not aw.done():
            await _cancel_and_wait(aw, loop=loop)
            return _result_or_timeout(aw)
        return aw.result()
    gate = loop.create_future()
    alarm = loop.call_later(timeout, _release_waiter, gate)
    wake_gate = functools.partial(_release_waiter, gate)
    aw.add_done_callback(wake_gate)
    try:
        try:
            await gate
        except exceptions.CancelledError:
            # Cancelled ourselves: pass it on to aw unless it is done.
            if aw.done():
                return aw.result()
            aw.remove_done_callback(wake_gate)
            await _cancel_and_wait(aw, loop=loop)
            raise
        if aw.done():
            return aw.result()
        aw.remove_done_callback(wake_gate)
        await _cancel_and_wait(aw, loop=loop)
        return _result_or_timeout(aw)
    finally:
        alarm.cancel()


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.queues import Queue
    finished_q = Queue()
    loop = events.get_event_loop()
    remaining = {ensure_future(f, loop=loop) for f in set(fs)}
    alarm = None

    def on_timeout():
        for f in remaining:
            f.remove_done_callback(on_done)
            finished_q.put_nowait(None)  # a None is a timeout
        remaining.clear()

    def on_done(f):
        if not remaining:
            return
        remaining.remove(f)
        finished_q.put_nowait(f)
        if not remaining and alarm is not None:
            alarm.cancel()

    async def next_one():
        f = await finished_q.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in remaining:
        f.add_done_callback(on_done)
    if remaining and timeout is not None:
        alarm = loop.call_later(timeout, on_timeout)
    for _ in range(len(remaining)):
        yield next_one()


@types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await __sleep0()
        return result
    loop = _running_loop()
    awaited = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, awaited, result)
    try:
        return await awaited
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    x = coro_or_future
    if futures.isfuture(x):
        if loop is not None and loop is not futures._get_loop(x):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return x
    close_on_error = True
    if not coroutines.iscoroutine(x):
        if inspect.isawaitable(x):
            x = _wrap_awaitable(x)
            close_on_error = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(x)
    except RuntimeError:
        if close_on_error:
            x.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels every member."""

    def __init__(self, members, *, loop):
        super().__init__(loop=loop)
        self._children = members
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            # The members report their cancellation later; the combined
            # awaited is cancelled when they are all done.
            self._cancel_requested = True
        return any_cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = events.get_event_loop()
        combined = loop.create_future()
        combined.set_result([])
        return combined

    members = []
    seen_args = {}
    loop = None
    combined = None
    n_members = 0
    n_settled = 0

    def child_done(aw):
        nonlocal n_settled
        n_settled += 1
        if combined is None or combined.done():
            if not aw.cancelled():
                aw.exception()  # retrieved: no "never retrieved" message
            return
        if not return_exceptions:
            if aw.cancelled():
                combined.set_exception(aw._make_cancelled_error())
                return
            err = aw.exception()
            if err is not None:
                combined.set_exception(err)
                return
        if n_settled == n_members:
            collected = []
            for f in members:
                if f.cancelled():
                    msg = f._cancel_msg
                    res = exceptions.CancelledError('' if msg is None else msg)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                collected.append(res)
            if combined._cancel_requested:
                combined.set_exception(aw._make_cancelled_error())
            else:
                combined.set_result(collected)

    for arg in coros_or_futures:
        aw = seen_args.get(arg)
        if aw is None:
            aw = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(aw)
            if aw is not arg:
                aw._log_destroy_pending = False
            n_members += 1
            seen_args[arg] = aw
            aw.add_done_callback(child_done)
        members.append(aw)
    combined = _GatheringFuture(members, loop=loop)
    return combined


def shield(arg):
    core = ensure_future(arg)
    if core.done():
        return core
    loop = futures._get_loop(core)
    combined = loop.create_future()

    def core_done(core):
        if combined.cancelled():
            if not core.cancelled():
                core.exception()
            return
        if core.cancelled():
            combined.cancel()
        else:
            err = core.exception()
            if err is not None:
                combined.set_exception(err)
            else:
                combined.set_result(core.result())

    def combined_done(combined):
        if not core.done():
            core.remove_done_callback(core_done)

    core.add_done_callback(core_done)
    combined.add_done_callback(combined_done)
    return combined


def run_coroutine_threadsafe(coro, loop):
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    awaited = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), awaited)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as err:
            if awaited.set_running_or_notify_cancel():
                awaited.set_exception(err)
            raise

    loop.call_soon_threadsafe(start)
    return awaited


async def to_thread(func, /, *args, **kwargs):
    loop = _running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
`
