# A list owned by the main interpreter, used from a sub-interpreter
# through a SharedObjectProxy: every operation runs in main.
# Expected output: minipy's documented behaviour (PEP 797; CPython 3.14
# has no SharedObjectProxy).
from concurrent import interpreters as I

data = [3, 1, 2]
sub = I.create()
sub.prepare_main(data=I.SharedObjectProxy(data))
sub.exec("""
print(type(data).__name__, len(data), data[0], data[-1], data[1:])
data.append(4)
data[0] = 30
del data[1]
data.extend((5, 6))
data += [7]
print(data, 30 in data, 99 in data, bool(data))
print([x * 2 for x in data], sorted(data), data.index(4))
data.sort(reverse=True)
# A list of this interpreter reaches main as a proxy, which list's == does
# not accept: compare a copy (list(data)) instead.
print(repr(data), str(data), data == [30, 7, 6, 5, 4, 2], list(data) == [30, 7, 6, 5, 4, 2])
x = data.pop()
print(x, type(x).__name__, data.count(30), list(reversed(data)))
""")
print(data)
sub.close()
