# enum: methods on members, _generate_next_value_, pickling, matching, dict keys, flags, errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import pickle, copy

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_first(self):
        return self is Weekday.MON
    @classmethod
    def first(cls):
        return cls.MON
    @property
    def short(self):
        return self.name[:2].title()

print([d.value for d in Weekday], Weekday.MON.is_first(), Weekday.first(), Weekday.TUE.short, list(reversed(Weekday)))
print(pickle.loads(pickle.dumps(Weekday.WED)) is Weekday.WED, copy.copy(Weekday.MON) is Weekday.MON, copy.deepcopy(Weekday.TUE) is Weekday.TUE)
print({Weekday.MON: 'a', Weekday.TUE: 'b'}[Weekday.TUE], Weekday.MON == Weekday.MON, Weekday.MON != Weekday.TUE, sorted(Weekday, key=lambda d: d.value)[-1])
def kind(d):
    match d:
        case Weekday.MON:
            return 'start'
        case Weekday.TUE | Weekday.WED:
            return 'mid'
print(kind(Weekday.MON), kind(Weekday.WED))

class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print(list(Name), Name('beta1'))

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status.OK < 300, Status(404), int(Status.NOT_FOUND), Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f'{Status.OK:>5}', str(Status.OK), [s.name for s in Status])
print(isinstance(Status.OK, int), Status['OK'], Status.OK.value, hash(Status.OK) == hash(200) or True)

class Mode(StrEnum):
    READ = 'r'
    WRITE = auto()
print(Mode.READ == 'r', Mode('r'), Mode.WRITE, ''.join([Mode.READ, Mode.WRITE]), Mode.READ.upper(), f'[{Mode.READ}]')

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
rw = Perm.R | Perm.W
print(repr(rw), list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), repr(Perm.RWX), list(Perm), repr(rw ^ Perm.R), repr(~rw), Perm(6) is rw)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
v = Bits.A | Bits.C
print(repr(v), v == 5, v & 1, repr(Bits(3)), list(Bits(7)), Bits.B in Bits(6), int(~Bits.A & 7))

Animal = Enum('Animal', 'ANT BEE CAT', start=10)
print(list(Animal), Animal.BEE.value, Animal.__name__, Animal.CAT.__class__ is Animal)
Shape = Enum('Shape', {'SQ': 4, 'TRI': 3})
print(Shape.SQ, Shape(3), len(Shape), Shape.__members__.keys())

class WithAlias(Enum):
    A = 1
    B = 1
    C = 2
print(list(WithAlias), list(WithAlias.__members__), WithAlias.B is WithAlias.A, WithAlias(1).name)

def bad(body):
    try:
        body()
    except Exception as e:
        print(type(e).__name__, e)

def reuse():
    class E(Enum):
        A = 1
        A = 2
def extend():
    class More(Weekday):
        THU = 4
def strenum_bad():
    class S2(StrEnum):
        X = 1
def dup():
    @unique
    class D(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
for body in (reuse, extend, strenum_bad, dup):
    bad(body)
for t in [lambda: Weekday(9), lambda: Weekday['SUN'], lambda: setattr(Weekday, 'MON', 1), lambda: delattr(Weekday, 'MON'),
          lambda: Perm(8), lambda: Status(1), lambda: Weekday.MON < Weekday.TUE, lambda: Weekday.MON + 1]:
    bad(t)
print(repr(Perm), repr(Weekday), type(Weekday).__name__, Weekday.MON.__class__.__mro__[-2:])
