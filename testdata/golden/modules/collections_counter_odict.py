# collections: Counter and OrderedDict.
from collections import Counter, OrderedDict

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common(), c.total(), sorted(c.elements()))
c.update('aaz'); c.update({'b': 10}); c.update(k=2); print(c)
c.subtract('aaaa'); c.subtract({'z': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
x = Counter(a=3, b=2); x += Counter(a=-5); print(x)
x = Counter(a=3, b=2); x -= Counter(b=1); print(x)
x = Counter(a=3); x |= Counter(a=5, b=1); print(x)
x = Counter(a=3, b=1); x &= Counter(a=2); print(x)
del x['zz']; del x['a']; print(x, Counter(), repr(Counter({'a': 1, 2: 3})), Counter({1: 'x', 2: 'y'}))
print(c.copy() == c, type(c.copy()).__name__, c.__reduce__()[0].__name__, Counter('aab').__reduce__())
print(Counter(['x', 'y', 'x']).most_common(1), Counter('aaabbc').most_common(0), Counter(dict(a=1)), isinstance(c, dict))
class MyCounter(Counter):
    pass
print(MyCounter('aab'), repr(MyCounter()))
for t in [lambda: Counter.fromkeys('a'), lambda: Counter(1), lambda: Counter('a', 'b'), lambda: Counter(a=1) + {'a': 1}, lambda: hash(Counter())]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
o = OrderedDict.fromkeys('xyz', 0)
o['w'] = 9
print(o, list(o), list(reversed(o)), o.keys(), o.values(), o.items(), list(reversed(o.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1), o.pop('x'), o.pop('nope', 'dflt'), o.setdefault('y', 5), o.setdefault('n', 7), o)
o2 = o.copy(); o2 |= {'q': 1}; print(o2, type(o2).__name__, o.__reduce__()[0].__name__, OrderedDict(), repr(OrderedDict([(1, 2)])))
r = OrderedDict(); r['self'] = r; print(r)
for t in [lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end('z'), lambda: OrderedDict().pop('k')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
