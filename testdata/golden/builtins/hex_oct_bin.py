# hex, oct, bin of positive, negative, big and __index__ values.
for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 70) + 1):
    print(hex(n), oct(n), bin(n))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()), hex(True))
for call in (lambda: hex(1.5), lambda: oct("7"), lambda: bin(None)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
