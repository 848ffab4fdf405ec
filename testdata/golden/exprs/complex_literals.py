# Complex numbers: literals, arithmetic, attributes, repr.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, 2j * 2j, 1j ** 2)
print(complex(1, 2), complex("3-5j"), complex(2), complex())
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 2j) - 1)
print((1 + 2j) == complex(1, 2), 1 + 0j == 1)
print(repr(complex(0.0, -0.0)), repr(-0j), complex(1.5, float("inf")))
print(type(z).__name__, isinstance(z, complex))
print(z ** 2, pow(z, 3))
print(hash(1 + 0j) == hash(1))
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
