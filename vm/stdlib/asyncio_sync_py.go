package stdlib

// asyncioLocksSource is the module asyncio.locks.
const asyncioLocksSource = `"""Synchronization primitives for tasks of one event loop."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections
import enum

from asyncio import events
from asyncio import exceptions


class _LoopBound:
    # A primitive binds itself to the loop that first waits on it.
    _loop = None

    def _bind_loop(self):
        loop = events.get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _AsyncWith:
    async def __aenter__(self):
        await self.acquire()
        # "async with lock as x" binds None, as CPython.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _wake_head(waiters):
    if waiters:
        for w in waiters:
            if not w.done():
                w.set_result(True)
            return


class Lock(_AsyncWith, _LoopBound):
    """A mutex for tasks; fair: waiters get it in FIFO order."""

    def __init__(self):
        self._sleepers = None
        self._held = False

    def __repr__(self):
        shown = 'locked' if self._held else 'unlocked'
        if self._sleepers:
            shown = f'{shown}, waiters:{len(self._sleepers)}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    def locked(self):
        return self._held

    async def acquire(self):
        if not self._held and (self._sleepers is None or
                                 all(w.cancelled() for w in self._sleepers)):
            self._held = True
            return True
        if self._sleepers is None:
            self._sleepers = collections.deque()
        w = self._bind_loop().create_future()
        self._sleepers.append(w)
        try:
            try:
                await w
            finally:
                self._sleepers.remove(w)
        except exceptions.CancelledError:
            # Woken and cancelled at once: pass the turn on.
            if not self._held:
                _wake_head(self._sleepers)
            raise
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        _wake_head(self._sleepers)


class Event(_LoopBound):
    """A flag tasks can wait for."""

    def __init__(self):
        self._sleepers = collections.deque()
        self._flag = False

    def __repr__(self):
        shown = 'set' if self._flag else 'unset'
        if self._sleepers:
            shown = f'{shown}, waiters:{len(self._sleepers)}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for w in self._sleepers:
                if not w.done():
                    w.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        w = self._bind_loop().create_future()
        self._sleepers.append(w)
        try:
            await w
            return True
        finally:
            self._sleepers.remove(w)


class Condition(_AsyncWith, _LoopBound):
    """A condition variable over an asyncio Lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._sleepers = collections.deque()

    def __repr__(self):
        shown = 'locked' if self.locked() else 'unlocked'
        if self._sleepers:
            shown = f'{shown}, waiters:{len(self._sleepers)}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            w = self._bind_loop().create_future()
            self._sleepers.append(w)
            try:
                await w
                return True
            finally:
                self._sleepers.remove(w)
        finally:
            # The lock is taken back even when the wait was cancelled;
            # the cancellation is raised once that is done.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for w in self._sleepers:
            if woken >= n:
                break
            if not w.done():
                woken += 1
                w.set_result(False)

    def notify_all(self):
        self.notify(len(self._sleepers))


class Semaphore(_AsyncWith, _LoopBound):
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._sleepers = None
        self._tokens = value

    def __repr__(self):
        shown = 'locked' if self.locked() else f'unlocked, value:{self._tokens}'
        if self._sleepers:
            shown = f'{shown}, waiters:{len(self._sleepers)}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    def locked(self):
        return self._tokens == 0 or any(not w.cancelled() for w in (self._sleepers or ()))

    async def acquire(self):
        if not self.locked():
            self._tokens -= 1
            return True
        if self._sleepers is None:
            self._sleepers = collections.deque()
        w = self._bind_loop().create_future()
        self._sleepers.append(w)
        try:
            try:
                await w
            finally:
                self._sleepers.remove(w)
        except exceptions.CancelledError:
            if not w.cancelled():
                # It was granted to us: give it back to the next one.
                self._tokens += 1
                self._grant_next()
            raise
        if self._tokens > 0:
            self._grant_next()
        return True

    def release(self):
        self._tokens += 1
        self._grant_next()

    def _grant_next(self):
        if not self._sleepers:
            return False
        for w in self._sleepers:
            if not w.done():
                self._tokens -= 1
                w.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._tokens >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(_LoopBound):
    """Tasks wait until "parties" of them are waiting, then all go."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._gate = Condition()
        self._size = parties
        self._phase = _BarrierState.FILLING
        self._arrived = 0

    def __repr__(self):
        shown = self._phase.value
        if not self.broken:
            shown = f'{shown}, waiters:{self.n_waiting}/{self.parties}'
        return f'<{object.__repr__(self)[1:-1]} [{shown}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._gate:
            await self._wait_until_filling()
            try:
                index = self._arrived
                self._arrived += 1
                if index + 1 == self._size:
                    self._phase = _BarrierState.DRAINING
                    self._gate.notify_all()
                else:
                    await self._gate.wait_for(lambda: self._phase is not _BarrierState.FILLING)
                if self._phase in (_BarrierState.BROKEN, _BarrierState.RESETTING):
                    raise exceptions.BrokenBarrierError
                return index
            finally:
                self._arrived -= 1
                if self._arrived == 0 and self._phase in (_BarrierState.RESETTING,
                                                        _BarrierState.DRAINING):
                    self._phase = _BarrierState.FILLING
                self._gate.notify_all()

    async def _wait_until_filling(self):
        await self._gate.wait_for(lambda: self._phase not in (
            _BarrierState.DRAINING, _BarrierState.RESETTING))
        if self._phase is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError

    async def reset(self):
        async with self._gate:
            if self._arrived > 0:
                if self._phase is not _BarrierState.RESETTING:
                    self._phase = _BarrierState.RESETTING
            else:
                self._phase = _BarrierState.FILLING
            self._gate.notify_all()

    async def abort(self):
        async with self._gate:
            self._phase = _BarrierState.BROKEN
            self._gate.notify_all()

    @property
    def parties(self):
        return self._size

    @property
    def n_waiting(self):
        if self._phase is _BarrierState.FILLING:
            return self._arrived
        return 0

    @property
    def broken(self):
        return self._phase is _BarrierState.BROKEN
`

// asyncioQueuesSource is the module asyncio.queues.
const asyncioQueuesSource = `"""Queues between tasks of one event loop."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from asyncio import locks
from asyncio.locks import _LoopBound


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


def _wake_one(waiters):
    while waiters:
        w = waiters.popleft()
        if not w.done():
            w.set_result(None)
            break


class Queue(_LoopBound):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._cap = maxsize
        self._waiting_get = collections.deque()
        self._waiting_put = collections.deque()
        self._undone = 0
        self._drained = locks.Event()
        self._drained.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _describe(self):
        text = f'maxsize={self._cap!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._waiting_get:
            text += f' _getters[{len(self._waiting_get)}]'
        if self._waiting_put:
            text += f' _putters[{len(self._waiting_put)}]'
        if self._undone:
            text += f' tasks={self._undone}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._cap

    def empty(self):
        return not self._queue

    def full(self):
        if self._cap <= 0:
            return False
        return self.qsize() >= self._cap

    async def put(self, item):
        while self.full():
            slot = self._bind_loop().create_future()
            self._waiting_put.append(slot)
            try:
                await slot
            except:
                slot.cancel()
                try:
                    self._waiting_put.remove(slot)
                except ValueError:
                    pass  # already woken and taken off the deque
                if not self.full() and not slot.cancelled():
                    # Woken but cancelled: let the next slot have the slot.
                    _wake_one(self._waiting_put)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._undone += 1
        self._drained.clear()
        _wake_one(self._waiting_get)

    async def get(self):
        while self.empty():
            item_w = self._bind_loop().create_future()
            self._waiting_get.append(item_w)
            try:
                await item_w
            except:
                item_w.cancel()
                try:
                    self._waiting_get.remove(item_w)
                except ValueError:
                    pass
                if not self.empty() and not item_w.cancelled():
                    _wake_one(self._waiting_get)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_one(self._waiting_put)
        return item

    def task_done(self):
        if self._undone <= 0:
            raise ValueError('task_done() called too many times')
        self._undone -= 1
        if self._undone == 0:
            self._drained.set()

    async def join(self):
        if self._undone > 0:
            await self._drained.wait()


class PriorityQueue(Queue):
    """Entries come out lowest first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self._queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
    """Entries come out last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
`

// asyncioTimeoutsSource is the module asyncio.timeouts.
const asyncioTimeoutsSource = `"""asyncio.timeout(): cancel the enclosed block when time runs out."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from asyncio import events
from asyncio import exceptions
from asyncio import tasks


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """An async context manager that cancels its task at a deadline (a
    time of the loop's clock, or None for none) and turns that
    cancellation into TimeoutError on exit."""

    def __init__(self, when):
        self._stage = _State.CREATED
        self._alarm = None
        self._owner = None
        self._due = when

    def when(self):
        return self._due

    def reschedule(self, when):
        if self._stage is _State.CREATED:
            raise RuntimeError('Timeout has not been entered')
        if self._stage is not _State.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._stage.value} Timeout')
        self._due = when
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._alarm = loop.call_soon(self._fire)
            else:
                self._alarm = loop.call_at(when, self._fire)

    def expired(self):
        return self._stage in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        extra = ''
        if self._stage is _State.ENTERED:
            when = round(self._due, 3) if self._due is not None else None
            extra = f' when={when}'
        return f'<Timeout [{self._stage.value}]{extra}>'

    async def __aenter__(self):
        if self._stage is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._stage = _State.ENTERED
        self._owner = task
        # Cancellations requested before we entered are not ours.
        self._cancels_before = task.cancelling()
        self.reschedule(self._due)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None
        if self._stage is _State.EXPIRING:
            self._stage = _State.EXPIRED
            # No cancellation but ours is left: it becomes a TimeoutError.
            if self._owner.uncancel() <= self._cancels_before and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._stage is _State.ENTERED:
            self._stage = _State.EXITED
        return None

    def _fire(self):
        self._owner.cancel()
        self._stage = _State.EXPIRING
        self._alarm = None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
`

// asyncioTaskgroupsSource is the module asyncio.taskgroups.
const asyncioTaskgroupsSource = `"""asyncio.TaskGroup: tasks that end together, errors as an ExceptionGroup."""

__all__ = ('TaskGroup',)

from asyncio import events
from asyncio import exceptions
from asyncio import tasks


class TaskGroup:
    """async with TaskGroup() as tg: tg.create_task(...) -- the block
    exits when every task is done; the first failure cancels the others
    and the parent, and the failures are raised as one ExceptionGroup."""

    def __init__(self):
        self._opened = False
        self._closing = False
        self._stopping_all = False
        self._loop = None
        self._owner_task = None
        self._owner_cancelled = False
        self._children = set()
        self._failures = []
        self._fatal = None
        self._all_done = None

    def __repr__(self):
        parts = ['']
        if self._children:
            parts.append(f'tasks={len(self._children)}')
        if self._failures:
            parts.append(f'errors={len(self._failures)}')
        if self._stopping_all:
            parts.append('cancelling')
        elif self._opened:
            parts.append('entered')
        return '<TaskGroup{}>'.format(' '.join(parts))

    async def __aenter__(self):
        if self._opened:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._owner_task = tasks.current_task(self._loop)
        if self._owner_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._opened = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._closing = True
        if exc is not None and self._is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        cancel_to_raise = exc if et is exceptions.CancelledError else None
        if self._owner_cancelled:
            # We cancelled the parent ourselves: that cancellation is ours
            # to absorb, unless someone else cancelled it too.
            if self._owner_task.uncancel() == 0:
                cancel_to_raise = None
        if et is not None and not self._stopping_all:
            self._cancel_children()
        while self._children:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as ex:
                if not self._stopping_all:
                    cancel_to_raise = ex
                    self._cancel_children()
            self._all_done = None
        if self._fatal is not None:
            raise self._fatal
        if cancel_to_raise and not self._failures:
            raise cancel_to_raise
        if et is not None and et is not exceptions.CancelledError:
            self._failures.append(exc)
        if self._failures:
            errors = self._failures
            self._failures = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._opened:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._closing and not self._children:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._stopping_all:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._child_finished)
        self._children.add(task)
        return task

    def _is_fatal(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _cancel_children(self):
        self._stopping_all = True
        for t in self._children:
            if not t.done():
                t.cancel()

    def _child_finished(self, task):
        self._children.discard(task)
        if self._all_done is not None and not self._children:
            if not self._all_done.done():
                self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._failures.append(exc)
        if self._is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        if self._owner_task.done():
            # Not expected: the parent ended without waiting for us.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._owner_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._stopping_all and not self._owner_cancelled:
            self._cancel_children()
            self._owner_cancelled = True
            self._owner_task.cancel()
`

// asyncioRunnersSource is the module asyncio.runners.
const asyncioRunnersSource = `"""asyncio.run() and asyncio.Runner."""

__all__ = ('Runner', 'run')

import contextvars

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import tasks

_CREATED, _INITIALIZED, _CLOSED = 'created', 'initialized', 'closed'


class Runner:
    """A loop for several top-level run() calls, closed by close() or
    the with statement."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._stage = _CREATED
        self._debug_mode = debug
        self._new_loop = loop_factory
        self._loop = None
        self._ctx = None
        self._interrupts = 0
        self._owns_loop = False

    def __enter__(self):
        self._ensure_ready()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._stage is not _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._owns_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._stage = _CLOSED

    def get_loop(self):
        self._ensure_ready()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_ready()
        if context is None:
            context = self._ctx
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def _ensure_ready(self):
        if self._stage is _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._stage is _INITIALIZED:
            return
        if self._new_loop is None:
            self._loop = events.new_event_loop()
            if not self._owns_loop:
                events.set_event_loop(self._loop)
                self._owns_loop = True
        else:
            self._loop = self._new_loop()
        if self._debug_mode is not None:
            self._loop.set_debug(self._debug_mode)
        self._ctx = contextvars.copy_context()
        self._stage = _INITIALIZED


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    left = tasks.all_tasks(loop)
    if not left:
        return
    for t in left:
        t.cancel()
    loop.run_until_complete(tasks.gather(*left, return_exceptions=True))
    for t in left:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })
`
