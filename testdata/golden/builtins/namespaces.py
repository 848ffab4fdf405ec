# locals(), vars(), dir() and globals() in functions, closures, class
# bodies and exec/eval; class dicts with __dict__ and __weakref__.
g = 1
def outer():
    a = 1
    def inner():
        b = a + 1
        return sorted(locals().items())
    c = [locals().keys() for _ in range(1)]
    return inner(), sorted(locals()), sorted(vars()), dir()
print(outer())
class K:
    x = 1
    print(sorted(locals()), sorted(vars()))
    y = [z for z in range(2)]
def f():
    x = 1
    l1 = locals()
    y = 2
    l2 = locals()
    del x
    l3 = locals()
    return l1 is l2, sorted(l3), 'x' in l1
print(f())
def g2():
    exec('q = 5')
    return locals().get('q')
print(g2())
def h():
    return sorted(globals()) == sorted(vars(__import__('__main__')))
print(h(), globals() is vars(__import__('__main__')))
print(eval('locals()', {'a': 1}) == {'a': 1}, eval('locals()', {'a': 1}, {'b': 2}))
def e2():
    v = 10
    return eval('v + 1'), eval('[v for _ in range(1)]') if False else 0
print(e2())
print(vars(K)['x'], type(vars(K)).__name__)
try:
    vars(K)['x'] = 5
except TypeError as ex:
    print(ex)
try:
    vars(5)
except TypeError as ex:
    print(ex)
print(dir(K)[-3:], 'x' in dir(K()))
class K2:
    x = 1
class L(K2): pass
class E(Exception): pass
for c in (K2, L, E):
    print(c.__name__, list(c.__dict__), '__weakref__' in dir(c))
print(K2().__weakref__, K2.__weakref__)
