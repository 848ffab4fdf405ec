# operator.itemgetter, attrgetter, methodcaller: calls, repr, reduce, errors.
import operator as o

g = o.itemgetter(1)
print(g([10, 20]), g('ab'), g({1: 'one'}))
g2 = o.itemgetter(0, -1, slice(1, 3))
print(g2('abcdef'), repr(g2), o.itemgetter('a'))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=o.itemgetter(1)))
print(g.__reduce__(), type(g), type(g).__module__, type(g).__name__)

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct

p = P('ann', P('bob'))
a = o.attrgetter('name')
print(a(p), o.attrgetter('child.name')(p), o.attrgetter('name', 'child.name')(p))
print(repr(o.attrgetter('x.y', 'z')), o.attrgetter('name').__reduce__())
m = o.methodcaller('greet', 'hi')
print(m(p), o.methodcaller('greet', 'yo', punct='?')(p), o.methodcaller('upper')('abc'))
print(repr(m), repr(o.methodcaller('greet', 'yo', punct='?')), repr(o.methodcaller('f')))
print(m.__reduce__())
r = o.methodcaller('split', ',', maxsplit=1).__reduce__()
print(type(r[0]).__name__, r[1], r[0].args, r[0].keywords)
print(o.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(sorted(['b', 'A', 'c'], key=o.methodcaller('lower')))

# a recursive repr
l = []
ig = o.itemgetter(l)
l.append(ig)
print(repr(ig))

tests = [
    lambda: o.itemgetter(), lambda: o.itemgetter(1, k=2), lambda: g(), lambda: g([1], [2]),
    lambda: g(x=1), lambda: g([]), lambda: o.attrgetter(), lambda: o.attrgetter(1),
    lambda: o.attrgetter('a')(1), lambda: o.attrgetter('name.zz')(p), lambda: a(p, p), lambda: a(x=1),
    lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.methodcaller(name='x'),
    lambda: m(), lambda: m(1, 2), lambda: m(k=1), lambda: o.methodcaller('nope')(1),
    lambda: o.itemgetter(1)(5), lambda: type(g)(), lambda: hash(g) == hash(g), lambda: g == g,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class X(o.itemgetter):
        pass
except TypeError as e:
    print(e)
