# Random nested values (a fixed pseudo-random sequence) pickled at every
# protocol: the bytes must be CPython's.
import pickle

state = 2024


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n


pool = []


def value(depth):
    k = rand(16 if depth < 4 else 8)
    if k == 0:
        return None
    if k == 1:
        return rand(2) == 1
    if k == 2:
        return rand(1000) - 500
    if k == 3:
        return (rand(2**62) - 2**61) * (1 if rand(2) else 2**rand(200))
    if k == 4:
        return (rand(2**53) - 2**52) / (rand(1000) + 1) * 10.0**(rand(40) - 20)
    if k == 5:
        return "".join(chr(rand(0x3000) if rand(4) == 0 else 32 + rand(90)) for _ in range(rand(12)))
    if k == 6:
        return bytes(rand(256) for _ in range(rand(10)))
    if k == 7:
        return pool[rand(len(pool))] if pool else 0
    if k == 8:
        return tuple(value(depth + 1) for _ in range(rand(5)))
    if k == 9:
        v = [value(depth + 1) for _ in range(rand(6))]
        pool.append(v)
        return v
    if k == 10:
        v = {}
        for _ in range(rand(5)):
            v["k%d" % rand(20)] = value(depth + 1)
        pool.append(v)
        return v
    if k == 11:
        return set(rand(100) for _ in range(rand(6)))
    if k == 12:
        return frozenset(rand(50) - 25 for _ in range(rand(4)))
    if k == 13:
        return bytearray(rand(256) for _ in range(rand(5)))
    if k == 14:
        return complex(rand(100), -rand(100))
    return range(rand(10), rand(100), rand(5) + 1)


def checksum(b):
    h = 0
    for c in b:
        h = (h * 31 + c) % 1000000007
    return h


for i in range(150):
    v = value(0)
    for p in range(6):
        data = pickle.dumps(v, p)
        if len(data) < 120:
            print(i, p, data)
        else:
            print(i, p, len(data), checksum(data))
        back = pickle.loads(data)
        if repr(back) != repr(v):
            print("MISMATCH", i, p, repr(v)[:60], repr(back)[:60])
