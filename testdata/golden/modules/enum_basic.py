# enum: Enum, IntEnum, StrEnum, Flag, IntFlag: reprs, lookups, aliases, auto, functional API, unique.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), Color.RED.name, Color.RED.value, Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON is Color.RED, repr(Color), Color.__members__, f'{Color.RED}', format(Color.RED), hash(Color.RED)==hash(Color.RED))
for t in ['Color(7)','Color["X"]','setattr(Color,"RED",5)','Color.RED < Color.GREEN','Color.RED == 1','Color.RED in Color', 'Color.RED.value']:
  try: print(t,'->',repr(eval(t)))
  except Exception as e: print(t,'->',type(e).__name__, e)
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.A), str(N.A), N.A + 1, N.B, f'{N.A}', N(2), N.A < N.B, format(N.A, '03d'))
class S(StrEnum):
    X = auto()
    Y = 'yy'
print(repr(S.X), str(S.X), S.X + '!', S.Y.upper())
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
print(repr(P.R|P.W), str(P.R|P.W), P.R in (P.R|P.W), list(P.R|P.X), repr(~P.R), repr(P(0)), bool(P(0)), P(7), repr(P.R & P.W))
class IP(IntFlag):
    A = 1
    B = 2
print(repr(IP.A|IP.B), str(IP.A|IP.B), IP.A | 4, IP.A + 1)
A = Enum('A', 'x y z'); print(list(A), A.x.value)
B = Enum('B', [('p', 5), ('q', 6)]); print(list(B))
try:
    @unique
    class U(Enum):
        a = 1
        b = 1
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
    @property
    def big(self): return self.mass > 1e24
print(Planet.EARTH.mass, Planet.EARTH.big, Planet.EARTH.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(M(99), Color.RED.__class__, isinstance(Color.RED, Color), Color._member_names_, enum.__all__)
