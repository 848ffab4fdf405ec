# collections.deque: every method, maxlen behaviour, repr, comparisons and errors.
from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8])
print(d, d.count(2), d.index('a'), 3 in d, 'z' in d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.reverse(); print(d)
d.insert(2, 'ins'); d.remove('a'); print(d)
d[0] = 'first'; del d[1]; print(d, list(reversed(d)), d.copy(), copy.copy(d), copy.deepcopy(d))
d.clear(); print(d, bool(d), deque(), deque('abc'))
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9); print(m)
m.appendleft(7); print(m)
m.extend([1, 2]); print(m)
m.extendleft('xy'); print(m)
z = deque([1, 2], maxlen=0); z.append(1); print(z)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) > deque([1]), deque([]) <= deque([]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('ab'), deque([1], 3) * 5, deque([1, 2, 3]) * 0)
e = deque([1]); e += [2, 3]; e *= 2; print(e)
e += e; print(e)
e.extend(e); print(len(e))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(123); print(big[0], big[-1])
print(deque([1, 2, 3]).index(3, -1), deque([1, 2, 3, 2]).index(2, 2), deque('abc').__reduce__()[:3], deque([1], 2).__reduce__()[:3])
r = deque([1]); r.append(r); print(r)
print(deque[int], deque([[1]]).__contains__([1]), sorted(deque([3, 1])), list(deque('xy').__iter__()))
it = iter(deque([1, 2])); print(it.__length_hint__(), next(it), it.__length_hint__())

class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
print(md, type(md.copy()).__name__, md.copy().maxlen, MyDeque('ab'))

tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
    lambda: deque(1), lambda: deque([1], -1), lambda: deque([1], 'a'), lambda: deque([1], x=1),
    lambda: deque([1])[5], lambda: deque([1], 1).insert(0, 2), lambda: deque([1]) + [2], lambda: hash(deque()),
    lambda: deque([1]).rotate('a'), lambda: deque(range(5))[1:2], lambda: deque([1, 2, 3]).index(3, 0, 2),
    lambda: deque(1, 2, 3), lambda: deque('ab')[-3], lambda: deque().append(), lambda: deque().append(1, 2),
    lambda: deque().pop(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d); next(it); d.append(4)
try:
    next(it)
except RuntimeError as e:
    print(e)
class Bad:
    def __eq__(self, other):
        d.clear()
        return False
d = deque([Bad(), 1])
try:
    d.remove(1)
except Exception as e:
    print(type(e).__name__, e)
