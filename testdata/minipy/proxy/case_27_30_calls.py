# semantics.md section 5, cases 27 to 30: calling proxied callables.
# Decisions: the call is forwarded with its positional and keyword
# arguments (27); arguments that are natively shareable arrive in the
# owner as copies (an int of any size too: 3.14 would pickle one beyond
# 64 bits, a proxy copies it), anything else as a proxy owned by the
# caller (28); results cross the same way, so an unshareable instance
# comes back as a proxy (29); the call runs in the owner, where
# get_current() is the owner, also from a thread of the sub-interpreter
# (30).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

def f(arg=1, /, *, arg2=2):
    return 67 + arg + arg2

kind = lambda a: type(a).__name__

class Result:
    silly = 'silly'
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

def foo():
    assert I.get_current() == I.get_main()
    return I.get_current().id

P = I.SharedObjectProxy
interp = I.create()
interp.prepare_main(f=P(f), kind=P(kind), Result=P(Result), proxy=P(foo))
print('case 27')
p = P(f)
print(p(), p(0, arg2=1), p(arg2=0), p(10))
interp.exec("print(f(), f(0, arg2=1), f(arg2=0), f(10))")
interp.exec("""
for call in [lambda: f(arg=1), lambda: f(1, 2), lambda: f(x=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
""")
print('case 28')
print(P(kind)(1), P(kind)('t'), P(kind)(object()))
interp.exec("""
print(kind(1), kind('t'), kind(object()), kind(b'b'), kind((1, ('x', None))), kind(1.5))
print(kind([1]), kind(({},)), kind(kind), kind(len), kind(ValueError), kind(2**70))
print(kind(arg=1) if False else kind(a={'key': 'value'}))
""")
print('case 29')
interp.exec("""
res = Result(1, [2], key='v')
print(type(res).__name__, res.silly, res.args[0], type(res.args).__name__, type(res.args[1]).__name__)
print(sorted(res.kwargs), res.kwargs['key'])
print(isinstance(res, Result), type(Result).__name__)
""")
print('case 30')
interp.exec("""
from concurrent import interpreters as I
assert proxy() == 0
print(proxy(), I.get_current().id)
""")
interp.exec("proxy()")
print('no assertion error')
interp.exec("""
import threading
out = []
t = threading.Thread(target=lambda: out.append((proxy(), I.get_current().id)))
t.start()
t.join()
print(out)
""")
def in_thread():
    interp.exec("print('thread of main in sub:', proxy(), I.get_current().id)")
t = threading.Thread(target=in_thread)
t.start()
t.join()
del p
interp.close()
