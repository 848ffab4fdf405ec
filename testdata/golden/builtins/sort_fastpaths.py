# list.sort's fast paths (exact int/str/float keys, tuple keys compared
# column by column) must order exactly as the rich comparisons do.
def lcg(seed, n, mod):
    out = []; x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out
a = lcg(3, 3000, 50)
b = lcg(4, 3000, 7)
t = [(x, "s%d" % y, -x) for x, y in zip(a, b)]
print(sorted(t)[:5], sorted(t, reverse=True)[:5])
print(sorted(range(3000), key=lambda i: t[i])[:10])
print(sorted(range(3000), key=lambda i: (a[i], b[i]), reverse=True)[:10])
mixed = [(1, 2), (1, 2, 3), (1,), (0, 5)]
print(sorted(mixed))
print(sorted([(1, 2**70), (1, 5), (0, 2**70)]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'é'), (0, '\U0001F600'), (0, 'z')]))
print(sorted(["b", "a", "é", "\U0001F600", "", "ab"], reverse=True))
print(sorted([2.5, -1.0, 3.0, 0.0, -0.0, 1e10]))
print(sorted([(1, 2.5), (1, 1.5)]))
print(sorted([(True, 1), (False, 2), (1, 0)]))
class I(int): pass
print(sorted([(I(3), 1), (2, 1)]))
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
words = ["w%d" % (x % 97) for x in a]
print(sorted(words)[:5], sorted(words, key=len)[:5], sorted(words, key=str.upper, reverse=True)[:4])
