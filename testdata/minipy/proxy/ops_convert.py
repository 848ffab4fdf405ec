# __bytes__, __fspath__, __dir__, __len__ and __length_hint__ through a
# proxy (issue 8, semantics.md 2.3 decision 4): bytes() of an object with
# __bytes__ and of a proxied bytes/list of ints, os.fspath() of a path
# object and of a str, open() of a path object, dir() (forwarded
# __dir__, or the default listing), list() of an object with only
# __iter__ and __length_hint__ (list() asks the hint), bad returns and
# the TypeErrors of an object with none of them, with its type name. Run
# by ops_mods/runner.py on the plain objects and on proxies four ways;
# every block prints what the plain objects print (ops_mods/check_py3.sh).
# hasattr() of each special method is the object's answer.
# open(p) opens /dev/null, which every machine has.
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
import os
class B:
    def __bytes__(self):
        return b'bytes!'
class P:
    def __init__(self, path):
        self.path = path
    def __fspath__(self):
        return self.path
class D:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
class Hinted:
    def __iter__(self):
        return iter((1, 2, 3))
    def __length_hint__(self):
        print('length hint asked')
        return 3
class BadB:
    def __bytes__(self):
        return 'str'
class BadP:
    def __fspath__(self):
        return 1
class Attrs:
    def __init__(self):
        self.b = 1
        self.a = 2
def make():
    return B(), P('/dev/null'), D(), Hinted(), BadB(), BadP(), object(), Attrs(), b'raw', [104, 105], 'a/b'
"""

CHECK = """
import os
def check(objs):
    b, p, d, h, badb, badp, plain, attrs, raw, ints, s = objs
    print(bytes(b), bytes(raw), bytes(ints), bytearray(ints), bytearray(raw), os.fspath(s), os.fspath(raw))
    print(os.fspath(p) == p.path, type(os.fspath(p)).__name__, dir(d))
    with open(p) as fh:
        print(repr(fh.read()), fh.name)
    print([n for n in dir(attrs) if not n.startswith('__')], 'count' in dir(ints), len(dir(plain)) > 10)
    print(list(h), sorted(h), tuple(h))
    print(hasattr(p, '__fspath__'), hasattr(plain, '__fspath__'), hasattr(b, '__bytes__'), hasattr(plain, '__bytes__'),
          hasattr(h, '__length_hint__'), hasattr(plain, '__length_hint__'), hasattr(d, '__dir__'), b.__bytes__(), p.__fspath__())
    for bad in (lambda: bytes(badb), lambda: bytes(plain), lambda: os.fspath(badp),
                lambda: os.fspath(plain), lambda: open(plain), lambda: len(h), lambda: os.fspath(ints)):
        try:
            print(bad())
        except TypeError as e:
            print('TypeError', e)
"""

runner.run(SETUP, CHECK)
