# semantics.md section 5, cases 24, 25 and 26: attributes of a proxied
# object read from a sub-interpreter. Decisions: the final API's
# SharedObjectProxy(obj) stands for the share(obj) of the cases (2.3
# point 1); a str attribute arrives as a copy (24); a bound method is a
# result like any other, so an unshareable one arrives as a proxy, and
# calling it runs the method in main (25); a missing attribute raises
# AttributeError in the sub-interpreter (a copy of main's, with main's
# traceback as a note: 2.3 point 2), which uncaught makes exec() fail
# with ExecutionFailed (26).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Obj:
    def __init__(self):
        self.test = 'silly'
        self.n = 3
    def silly(self):
        return 'silly'
    def where(self):
        return I.get_current().id

obj = Obj()
interp = I.create()
interp.prepare_main(proxy=I.SharedObjectProxy(obj))
print('case 24')
interp.exec("assert proxy.test == 'silly' and type(proxy.test) is str")
interp.exec("print(proxy.test, type(proxy.test).__name__, proxy.n + 1, type(proxy.n).__name__)")
print('case 25')
interp.exec("""
from concurrent import interpreters as I
m = proxy.silly
assert type(m).__name__ == 'SharedObjectProxy'
assert m() == 'silly'
print(type(m).__name__, m(), type(m()).__name__, m.__name__, proxy.where(), I.get_current().id)
print(type(proxy.where).__name__, proxy.where.__self__ == proxy)
""")
print('case 26')
try:
    interp.exec("proxy.noexist")
except I.ExecutionFailed as e:
    print('ExecutionFailed:', e.excinfo.type.__name__, e.excinfo.msg)
    print(e.excinfo.formatted)
interp.exec("""
try:
    proxy.noexist
except AttributeError as e:
    print('AttributeError:', e, type(e).__name__)
    print(e.__notes__[-1].splitlines()[0], '/', e.__notes__[-1].splitlines()[-1])
print(hasattr(proxy, 'noexist'), getattr(proxy, 'noexist', 'default'))
proxy.added = ['set', 'from', 'sub']
""")
print(obj.added, type(obj.added).__name__)
interp.close()
