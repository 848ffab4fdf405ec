# Context managers through a proxy (issue 8, semantics.md 2.3 decision 4):
# `with p` and `with p as v` where __enter__ returns self (the name is the
# same proxy) or another value, a body that finishes, one that raises a
# built-in exception (__exit__ gets its type, value and a traceback in
# the owner; a traceback of the caller's frames arrives as a proxy, so
# the check prints only whether it is None) and suppresses it or lets it
# go, __exit__ raising its own exception, nested with statements and
# several managers in one, break/return/continue leaving the block, a
# generator-based manager, and the TypeErrors of an object without the
# protocol. Run by ops_mods/runner.py on the plain objects and on proxies
# four ways; every block prints what the plain objects print
# (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
class CM:
    def __init__(self, name, suppress=()):
        self.name, self.suppress, self.log = name, suppress, []
    def __enter__(self):
        self.log.append('enter')
        return self
    def __exit__(self, typ, val, tb):
        self.log.append(('exit', typ.__name__ if typ else None, str(val) if val else None, tb is None))
        return typ is not None and issubclass(typ, self.suppress)
class Value:
    def __enter__(self):
        return ('entered', 1)
    def __exit__(self, *exc):
        if exc[0] is ZeroDivisionError:
            raise RuntimeError('from exit')
class OnlyEnter:
    def __enter__(self):
        return 1
def make():
    return CM('a', (KeyError, IndexError)), CM('b'), Value(), OnlyEnter(), object()
"""

CHECK = """
def check(objs):
    a, b, val, only, plain = objs
    with a as x:
        print('body', x is a, x.name)
    with a:
        raise KeyError('suppressed')
    with a:
        [][1]
    try:
        with b:
            raise ValueError('escapes')
    except ValueError as e:
        print('ValueError', e)
    with val as v:
        print('value', v)
    try:
        with val:
            1 / 0
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__context__).__name__)
    with a as x, b as y:
        with b:
            print('nested', x.name, y.name)
    for i in range(3):
        with a:
            if i == 0:
                continue
            break
    def ret():
        with b:
            return 'returned'
    print(ret())
    print(hasattr(a, '__enter__'), hasattr(only, '__exit__'), hasattr(plain, '__enter__'), a.__enter__() is a, val.__exit__(None, None, None))
    print(a.log)
    print(b.log)
    for bad in (lambda: exec('with plain: pass', {'plain': plain}), lambda: exec('with only: pass', {'only': only})):
        try:
            bad()
        except (TypeError, AttributeError) as e:
            print(type(e).__name__, e)
"""

runner.run(SETUP, CHECK)
