# Proxies of numbers and strs (shareable values, wrapped all the same):
# operators, conversions and formatting run in the owner and give back
# copies.
# Expected output: minipy's documented behaviour (PEP 797).
import math
from concurrent import interpreters as I
from concurrent import interpreters as I

sub = I.create()
sub.prepare_main(i=I.SharedObjectProxy(7), f=I.SharedObjectProxy(2.5),
                 s=I.SharedObjectProxy('hi'), b=I.SharedObjectProxy(b'xy'))
sub.exec("""
import math
from concurrent import interpreters as I
print(i + 1, 1 + i, i * f, f * i, i // 2, i % 4, divmod(i, 2), i ** 2, 2 ** i, -i, ~i, abs(-f))
print(int(f), float(i), complex(i), round(f), round(i * 1.26, 2), math.floor(f), math.ceil(f))
print(i == 7, i == 7.0, i < f, f < i, hash(i) == hash(7), bool(I.SharedObjectProxy(0)))
print(f'{i:05d}', format(f, '.3f'), '%d' % i, [10, 20, 30, 40, 50, 60, 70, 80][i], bin(i), hex(i))
print(s * 2, s + '!', 3 * s, s.center(6, '*'), b + b'!', bytes(b), s % () if False else s)
x = i
x += 10
print(x, type(x).__name__, type(i).__name__)
""")
sub.close()
