# __slots__: member descriptors, errors, layout conflicts, __class__
# assignment checks, and cycles through slots and instance dicts.
import gc
class P:
    __slots__ = ('x', 'y')
p = P()
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
p.x = 1; print(p.x, P.x, P.__slots__)
try: p.__dict__
except AttributeError as e: print(e)
try: P.__weakref__
except AttributeError as e: print(type(e).__name__, e)
class Q(P): __slots__ = ('z', '__dict__')
q = Q(); q.x = 1; q.z = 2; q.w = 3; print(q.x, q.z, q.w, q.__dict__, sorted(k for k in Q.__dict__ if not k.startswith('__')))
for bad in [('a', 'a'), ('__dict__', '__dict__'), ('__weakref__', '__weakref__'), 5, ('x y',)]:
    try:
        class Bad: __slots__ = bad
        print("ok", bad, list(Bad.__dict__))
    except Exception as e: print(type(e).__name__, e)
class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
try:
    class AB(A, B): pass
except TypeError as e: print(e)
class A2: pass
class AB2(A, A2): __slots__ = ()
print(AB2.__mro__)
try:
    class LI(list, dict): pass
except TypeError as e: print(e)
try:
    class II(int, str): pass
except TypeError as e: print(e)
class Priv: __slots__ = ('__p',)
o = Priv(); o._Priv__p = 9; print(o._Priv__p)
# __class__ assignment
class X: pass
class Y: pass
x = X(); x.__class__ = Y; print(type(x).__name__)
try: x.__class__ = P
except TypeError as e: print(e)
try: x.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = X
except TypeError as e: print(e)
class PP(P): __slots__ = ()
pp = P(); pp.__class__ = PP; print(type(pp).__name__)
class Li(list): pass
class Li2(list): pass
li = Li([1]); li.__class__ = Li2; print(type(li).__name__, li)
try: li.__class__ = X
except TypeError as e: print(e)
# gc: slot cycle
gc.collect()
a = P(); b = P(); a.x = b; b.x = a; del a, b
print(gc.collect())
class Node(list): pass
n = Node(); n.append(n); n.me = n; del n
print(gc.collect())
class W: pass
w = W(); w.d = w; vars(w); del w
print(gc.collect())
class M(type): pass
class K(metaclass=M): pass
print(type(K), gc.is_tracked(K), gc.is_tracked(M))
del K
print(gc.collect())
print(list(P.__dict__), type(P.x).__name__, repr(P.x))
class I(int): pass
i = I(3); i.s = i; del i
print(gc.collect())
