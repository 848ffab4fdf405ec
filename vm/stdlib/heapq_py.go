package stdlib

// heapq and bisect: the Go functions of _heapq and _bisect, plus (for
// heapq) merge, nlargest and nsmallest written in Python.

func init() {
	addFrozen("heapq", "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n", heapqSource)
	addFrozen("bisect", "Bisection algorithms.", bisectSource)
}

const heapqSource = `
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).
    '''
    # Each live input is an entry [sort key, input number, value, next];
    # the input number breaks ties, so equal values keep input order.
    push, pop = (_max_push, _heappop_max) if reverse else (heappush, heappop)
    entries = []
    for number, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            value = advance()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        push(entries, [_Order(k, number, reverse), value, advance])
    while entries:
        order, value, advance = entry = entries[0]
        yield value
        try:
            value = advance()
        except StopIteration:
            pop(entries)
            continue
        k = value if key is None else key(value)
        entry[0] = _Order(k, order.number, reverse)
        entry[1] = value
        (_heapreplace_max if reverse else heapreplace)(entries, entry)


class _Order:
    # The sort key of a merge entry: compares by key, then by input
    # number (earlier inputs first, in either direction).
    __slots__ = ('key', 'number', 'reverse')

    def __init__(self, key, number, reverse):
        self.key = key
        self.number = number
        self.reverse = reverse

    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        # Equal keys: the earlier input comes out first.
        if self.reverse:
            return self.number > other.number
        return self.number < other.number


def _max_push(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
            continue
        break
    heap[pos] = item


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        sentinel = object()
        least = min(iterable, default=sentinel, key=key)
        return [] if least is sentinel else [least]
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        sentinel = object()
        most = max(iterable, default=sentinel, key=key)
        return [] if most is sentinel else [most]
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
`

const bisectSource = `
from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
`
