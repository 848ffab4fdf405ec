# operator: every function, its dunder alias, and the argument errors.
import operator as o

print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 3), o.matmul.__name__, o.truediv(7, 2), o.floordiv(7, 2))
print(o.mod(7, 3), o.pow(2, 10), o.lshift(1, 5), o.rshift(64, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10))
print(o.neg(3), o.pos(-3), o.abs(-4), o.inv(5), o.invert(5), o.not_(0), o.truth([]), o.index(True))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(1, 2), o.ge(3, 3))
print(o.is_(None, None), o.is_not(1, None), o.contains([1, 2], 2), o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'))
print(o.concat([1], [2]), o.concat('a', 'b'), o.getitem({'k': 9}, 'k'), o.length_hint([1, 2, 3]), o.length_hint(iter(range(5))))
print(o.length_hint(5), o.length_hint(5, 7), o.call(len, [1, 2]), o.call(dict, a=1))
l = [1, 2, 3]
o.setitem(l, 0, 'x'); o.delitem(l, 1); print(l)
a = [1]
b = o.iadd(a, [2]); print(a, b is a)
b = o.iconcat(a, [3]); print(a, b is a)
x = 5
for f in (o.iadd, o.isub, o.imul, o.ifloordiv, o.imod, o.ilshift, o.irshift, o.iand, o.ior, o.ixor, o.ipow, o.itruediv):
    print(f.__name__, f(x, 2))
s = {1}
print(o.ior(s, {2}), s)
print(o.__add__ is o.add, o.__not__ is o.not_, o.__and__ is o.and_, o._abs is o.abs, o.__inv__(1))
print(o.add, type(o.add), o.add.__module__, o.__name__)
print(sorted(n for n in dir(o) if not n.startswith('__')))
print(len(o.__all__), o.__all__[:5])
print(sorted(n for n in dir(o) if n.startswith('__') and n.endswith('__') and n not in ('__doc__', '__name__', '__loader__', '__spec__', '__package__', '__file__', '__cached__', '__builtins__', '__all__')))

class L:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        return self.v

print(o.length_hint(L(4)), o.length_hint(L(NotImplemented), 9))
tests = [
    lambda: o.add(1), lambda: o.add(1, 2, 3), lambda: o.neg(), lambda: o.truth(1, 2),
    lambda: o.concat(1, 2), lambda: o.concat([1], (2,)), lambda: o.iconcat(1, [2]),
    lambda: o.length_hint(), lambda: o.length_hint([], 'x'), lambda: o.length_hint(L(-1)),
    lambda: o.length_hint(L('a')), lambda: o.indexOf([1], 2), lambda: o.countOf(1, 1),
    lambda: o.call(), lambda: o.index(1.5), lambda: o.is_(1), lambda: o.setitem([1], 0),
    lambda: o.delitem([1], 5), lambda: o.getitem([], 0), lambda: o.add(1, 'a'),
    lambda: o.neg('a'), lambda: o.add(x=1), lambda: o.lt(1, 'a'), lambda: o.truediv(1, 0),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
import _operator
print(_operator.add is o.add, _operator._compare_digest('abc', 'abc'), _operator._compare_digest(b'a', b'b'))
