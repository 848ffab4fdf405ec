# dataclasses: fields, defaults, factories, repr/eq/order/hash/frozen, post-init, helpers and errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1)
print(p, Point(2, 3), Point(y=5, x=4), p == Point(1, 0), p != Point(1, 1), p == (1, 0), Point.__doc__)
print(Point.__match_args__, Point.__hash__, [f.name for f in fields(p)], fields(Point)[1].default, is_dataclass(Point), is_dataclass(p), is_dataclass(1))
print(repr(Point.__dataclass_params__), Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__init__.__annotations__)
print(asdict(p), astuple(p), replace(p, y=9), p)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, 'a') == Version(1, 0, 'b'))
print(hash(Version(1, 2)) == hash((1, 2)), len({Version(1), Version(1, 0, 'z')}))
try:
    Version(1).major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Version(1).minor
except FrozenInstanceError as e:
    print(e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = len(self.items) * scale

a, b = Inventory('a'), Inventory('b', [1, 2], scale=10)
a.items.append('x')
print(a, b, a.items is not Inventory('c').items, Inventory.__doc__, [f.name for f in fields(Inventory)])

@dataclass
class Base:
    a: int
    b: str = 'b'

@dataclass
class Child(Base):
    c: float = 1.5
    a: int = 10

print(Child(), Child(1, 'x', 2.5), [f.name for f in fields(Child)], Child.__doc__)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3), Opts.__match_args__, Opts.__doc__)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int

print(Mixed(1, c=3), Mixed.__doc__)

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashy:
    v: list
    w: int = field(default=0, hash=False)
print(hash(Hashy((1,))) == hash(((1,),)))

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n), astuple(n))
loop = Node(0); loop.children.append(loop)
print(loop)

M = make_dataclass('M', ['a', ('b', int), ('c', int, field(default=1))], order=True)
print(M(1, 2), M(0, 1) < M(1, 0), M.__doc__, [f.type for f in fields(M)])

@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))

tests = [
    lambda: make_dataclass('Bad', ['a', 'a']), lambda: make_dataclass('Bad', ['class']),
    lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: replace(p, z=1),
    lambda: replace(1), lambda: asdict(Point), lambda: fields(1), lambda: field(default=1, default_factory=list),
    lambda: replace(Inventory('q'), total=3), lambda: dataclass(order=True, eq=False)(type('T', (), {})),
    lambda: Version(1) < Point(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

def define(body):
    try:
        body()
    except Exception as e:
        print(type(e).__name__, e)

def mutable():
    @dataclass
    class Q:
        x: list = []
def order_bad():
    @dataclass
    class Q:
        x: int = 1
        y: int
def no_annotation():
    @dataclass
    class Q:
        x = field()
def frozen_mix():
    @dataclass
    class Q(Version):
        z: int = 0
def overwrite_lt():
    @dataclass(order=True)
    class Q:
        x: int
        def __lt__(self, other):
            return True
def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class Q:
        x: int
        def __hash__(self):
            return 1
for body in (mutable, order_bad, no_annotation, frozen_mix, overwrite_lt, hash_overwrite):
    define(body)
print(dataclasses.__all__, repr(MISSING).startswith('<dataclasses._MISSING_TYPE object at'))
