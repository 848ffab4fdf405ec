# Unbounded recursion raises RecursionError, with CPython's message, from
# Python calls, dunder methods, properties, generators and the repr or
# comparison of deeply nested data; the program then goes on. An uncaught
# one prints the traceback with its repeated lines folded
# (recursion_messages.py has the message of each kind of call).
import sys


def direct(n):
    return direct(n + 1)


def ping(n):
    return pong(n)


def pong(n):
    return ping(n)


class SelfRepr:
    def __repr__(self):
        return repr(self)


class SelfGetattr:
    def __getattr__(self, name):
        return self.missing


class SelfProperty:
    @property
    def p(self):
        return self.p


class SelfSetattr:
    def __setattr__(self, name, value):
        setattr(self, name, value)


class SelfAdd:
    def __add__(self, other):
        return self + other


class SelfGetitem:
    def __getitem__(self, i):
        return self[i]


def gen():
    yield from gen()


def nested_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


def nested_dict(depth):
    d = {}
    for _ in range(depth):
        d = {1: d}
    return d


cases = [
    ("direct", lambda: direct(0)),
    ("mutual", lambda: ping(0)),
    ("__repr__", lambda: repr(SelfRepr())),
    ("__getattr__", lambda: SelfGetattr().x),
    ("property", lambda: SelfProperty().p),
    ("__setattr__", lambda: setattr(SelfSetattr(), "x", 1)),
    ("__add__", lambda: SelfAdd() + 1),
    ("__getitem__", lambda: SelfGetitem()[0]),
    ("generator", lambda: next(gen())),
    ("nested list repr", lambda: repr(nested_list(100000))),
    ("nested list str", lambda: str(nested_list(100000))),
    ("nested list ==", lambda: nested_list(100000) == nested_list(100000)),
    ("nested dict repr", lambda: repr(nested_dict(100000))),
]
for label, fn in cases:
    try:
        fn()
        print(label, "returned?!")
    except RecursionError as e:
        print(label, type(e).__name__, e)

# Recursive data with itself inside is no recursion at all.
a = [1]
a.append(a)
d = {"k": 1}
d["self"] = d
print(a, d, a == a)

# Deep but finite: fine under a higher limit, and the limit comes back.
sys.setrecursionlimit(5000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(4000), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    depth(4000)
except RecursionError as e:
    print("at 1000:", e)
t = ()
for _ in range(20000):
    t = (t,)
print("hash of a deep tuple", isinstance(hash(t), int))


def down(n):
    return down(n - 1)


down(10)
