from __future__ import annotations
# An ordinary program over the standard modules: enum, dataclasses, typing, random, json, collections, functools, itertools, heapq, textwrap, struct, contextlib.
import json, random, textwrap, struct
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from functools import lru_cache, partial, reduce, total_ordering, wraps
from itertools import chain, groupby, islice, count, permutations
from typing import Dict, List, Optional
import operator, heapq, bisect, contextlib, io, string, types, abc

class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()

@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False, default=Suit.HEARTS)
    tags: List[str] = field(default_factory=list)

rng = random.Random(1234)
deck = [Card(r, s) for r in range(1, 14) for s in Suit]
rng.shuffle(deck)
hand = sorted(deck[:5])
print(hand[0], [c.rank for c in hand], Counter(c.suit.name for c in deck[:13]).most_common())
print(json.dumps([asdict(c) | {'suit': c.suit.name} for c in hand[:2]], sort_keys=True))
groups = {k: len(list(g)) for k, g in groupby(sorted(c.rank % 3 for c in deck))}
print(groups, list(islice(count(5, 5), 4)), heapq.nsmallest(3, (c.rank for c in deck)))
@lru_cache(maxsize=None)
def ways(n: int) -> int:
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info().hits)
P = namedtuple('P', 'x y')
pts = [P(rng.randint(0, 9), rng.randint(0, 9)) for _ in range(6)]
print(pts, max(pts, key=operator.attrgetter('y')), reduce(operator.add, (p.x for p in pts)))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print(textwrap.fill(string.ascii_lowercase * 3, 20))
print(buf.getvalue().splitlines(), struct.unpack('<3h', struct.pack('<3h', 1, -2, 3)))
