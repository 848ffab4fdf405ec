package stdlib

// sched in Python, written for minipy: a heap of events ordered by time,
// then priority, then the order they were entered; run() sleeps with the
// delay function until the first is due (or, not blocking, returns the
// delay), so a program's own time and delay functions drive it.

func init() {
	addFrozen("sched", "A generally useful event scheduler class.\n", schedSource)
}

const schedSource = `
import heapq
import threading
import itertools
from collections import namedtuple
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=__import__('time').sleep):
        """Initialize a new instance, passing the time and delay functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Enter a new event in the queue at an absolute time; returns the
        event, which cancel() takes."""
        event = Event(time, priority, 0, action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        with self._lock:
            event = event._replace(sequence=next(self._counter))
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """A variant that specifies the time as a relative time."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError when it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they fall due until the queue is empty; not
        blocking, run those due now and return the delay to the next one."""
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    return None
                head = q[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    heapq.heappop(q)
            if due:
                head.action(*head.argument, **head.kwargs)
                self.delayfunc(0)   # lets other threads run
            elif not blocking:
                return head.time - now
            else:
                self.delayfunc(head.time - now)

    @property
    def queue(self):
        """The events not yet run, in the order they will run."""
        with self._lock:
            pending = list(self._queue)
        return [heapq.heappop(pending) for _ in range(len(pending))]
`
