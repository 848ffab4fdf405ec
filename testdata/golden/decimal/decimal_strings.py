# decimal: str, repr, to_eng_string and hash of many values (a digest), as python3.
from decimal import Decimal as D, getcontext
import random
rng = random.Random(5)
vals = []
for _ in range(3000):
    c = rng.choice(['0', '1', '123', '1000', '987654321987654321987654321', '5', '00'])
    e = rng.randint(-30, 30)
    s = rng.choice(['', '-'])
    vals.append(D('%s%sE%d' % (s, c, e)))
out = []
for v in vals:
    out.append((str(v), v.to_eng_string(), hash(v), repr(v)))
getcontext().capitals = 0
out.append([str(v) for v in vals[:50]])
import hashlib
print(hashlib.sha256(repr(out).encode()).hexdigest())
print(out[:3])
