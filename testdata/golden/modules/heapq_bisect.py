# heapq and bisect: every function, with keys, stability and errors.
import heapq, bisect, _heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0], [heapq.heappop(h) for _ in range(7)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 4), sorted(data) == [heapq.heappop(data) for _ in range(len(data))])
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(pairs); print([heapq.heappop(pairs) for _ in range(4)])
m = [3, 9, 1, 7]; heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'bb'], ['c', 'dd'], key=len)), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge([(1, 'x')], [(1, 'y')], key=lambda t: t[0])), list(heapq.merge([3, 1], [2], key=lambda v: -v)))
print(heapq.nlargest(3, [1, 5, 3, 9, 7]), heapq.nsmallest(3, [1, 5, 3, 9, 7]), heapq.nlargest(1, []), heapq.nsmallest(1, [4, 2]))
print(heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(0, [1]), heapq.nlargest(10, range(4)), heapq.nsmallest(-1, [1]))
print(heapq.__all__, heapq.heappush is _heapq.heappush)

print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
print(bisect.bisect([1, 2, 3, 4, 5], 3, 1, 2), bisect.bisect_left([1, 2, 3], 2, hi=-1), bisect.bisect_left('abcd', 'c'), bisect.bisect([], 5))
a = [1, 3, 5]
bisect.insort(a, 4); bisect.insort_left(a, 3); bisect.insort_right(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
class Seq:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        self.items.insert(i, x)
s = Seq()
for v in [5, 1, 3]:
    bisect.insort(s, v)
print(s.items)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])

tests = [
    lambda: heapq.heappush(), lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify(1),
    lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], 'a'), lambda: heapq.heappop((1,)),
    lambda: heapq.heapify([1, 'a']), lambda: heapq.heappop([1], 2), lambda: heapq.heappush([], 1, k=2),
    lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(1, 1), lambda: bisect.bisect([1], 1, x=1),
    lambda: bisect.bisect(), lambda: bisect.insort(1, 1), lambda: bisect.bisect([1], 1, 1, 5),
    lambda: bisect.bisect([1], 'a'), lambda: bisect.bisect([1], 1, 'a'), lambda: bisect.insort((1,), 2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class Evil:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
heap = []
heap.append(Evil(1, heap)); heap.append(Evil(2, heap))
try:
    heapq.heappush(heap, Evil(0, heap))
except Exception as e:
    print(type(e).__name__, e)
