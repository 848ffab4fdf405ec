# Common stdlib and protocol behaviour: __del__ errors, sys attributes,
# iterator type names, itertools, functools, collections, dataclasses,
# enum, json, math.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
print("after del")
class BadStr:
    def __str__(self): raise RuntimeError("no str")
t(lambda: print(BadStr()))
t(lambda: f"{BadStr()}")
class C:
    cls_attr = 1
    def __init__(self): self.b = 2; self.a = 1
    def method(self): pass
print(dir(C())[-4:], list(vars(C())), [k for k in C.__dict__])
import sys
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.float_info.max, sys.float_info.epsilon, sys.hash_info.width, sys.hash_info.modulus)
print(sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__, sys.implementation.name == sys.implementation.name, sys.platform, type(sys.argv), sys.flags.optimize, sys.dont_write_bytecode in (True, False))
def gen(): yield
print(type(gen()).__name__, type(x for x in []).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b"")).__name__, type(reversed([])).__name__, type({}.items()).__name__, type(iter({}.values())).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__, type(iter(bytearray())).__name__, type(reversed(range(2))).__name__, type(iter(range(10**20))).__name__, type(reversed("ab")).__name__, type(reversed((1,))).__name__)
import itertools
t(lambda: list(itertools.accumulate([1, 2, 3], initial=10))); t(lambda: list(itertools.pairwise("abc"))); t(lambda: list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "nobatched")
t(lambda: list(itertools.zip_longest("ab", "c", fillvalue="-"))); t(lambda: list(itertools.product("ab", repeat=2))); t(lambda: list(itertools.combinations_with_replacement("ab", 2))); t(lambda: list(itertools.groupby("aabbc"))[0][0])
t(lambda: list(itertools.islice(itertools.count(5, 2), 3))); t(lambda: list(itertools.starmap(pow, [(2, 3)]))); t(lambda: list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1]))); t(lambda: list(itertools.chain.from_iterable(["ab", "c"])))
import functools
t(lambda: functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])); t(lambda: functools.reduce(lambda a, b: a, [])); 
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) >= TO(0), TO(1) <= TO(0))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
import collections
c = collections.Counter("abracadabra"); print(c, c.most_common(2), c["z"], sorted(c.elements())[:4], c + collections.Counter("ab"), c - collections.Counter("aaaaaaa"))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); print(dq, dq.maxlen); dq.rotate(1); print(dq)
dd = collections.defaultdict(list); dd["a"].append(1); print(dd, dict(dd))
Pt = collections.namedtuple("Pt", "x y", defaults=[0]); p = Pt(1); print(p, p._replace(x=5), p._asdict(), Pt._fields, p.x, p[1], Pt._make([3, 4]))
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm)
import dataclasses
@dataclasses.dataclass(order=True, frozen=True)
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list, compare=False)
print(DC(1), DC(1) < DC(2), DC(1) == DC(1, [5]), dataclasses.asdict(DC(2, [1])), dataclasses.fields(DC)[0].name, hash(DC(3)) == hash(DC(3)))
t(lambda: setattr(DC(1), "x", 2))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.RED), Color(2), Color["GREEN"], list(Color), Color.RED.name, Color.RED.value, Color.RED in Color, len(Color))
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), int(Perm.R), Perm.R in (Perm.R | Perm.X))
class Num(enum.IntEnum):
    ONE = 1
print(Num.ONE + 1, Num.ONE == 1, f"{Num.ONE}", str(Num.ONE), format(Num.ONE, "d"))
class Auto(enum.Enum):
    A = enum.auto(); B = enum.auto()
print(Auto.B.value, Auto.A)
t(lambda: Color(5))
import json
print(json.dumps({"a": [1, 2.5, None, True, "é"], "b": {"c": float("inf")}}), json.dumps([1, 2], indent=2), json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")), json.dumps("é", ensure_ascii=False))
print(json.loads('{"a": [1, 2.5e3, null, true, "\\u00e9"]}'), json.loads("1e400"), json.loads('"x"'))
t(lambda: json.dumps(object())); t(lambda: json.dumps({(1, 2): 3})); t(lambda: json.loads("[1,]"))
import math
print(math.pi, math.e, math.inf, math.nan, math.tau, math.sqrt(2), math.isqrt(10**20), math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.prod([1, 2, 3]), math.fsum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1), math.isclose(1.0, 1.0 + 1e-10), math.copysign(1, -0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.5), math.fmod(-7, 3), math.remainder(7, 3), math.atan2(1, 1), math.degrees(math.pi), math.ceil(-0.5), math.nextafter(1, 2), math.ulp(1.0))
t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.factorial(-1)); t(lambda: math.factorial(1.5)); t(lambda: math.exp(1000)); t(lambda: math.isqrt(-1))
