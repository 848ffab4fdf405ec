# f-strings: conversions, format specs, nested specs, '=', expressions.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {'é'!a} {n!r}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+d}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {pi:%} {1234567.891:,.2f} {1234567:_}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{n:{'>'}{width}}]")
print(f"{n=} {pi=:.2f} {name=!r} {items[1]=} {n + 1 = }")
print(f"{items} {items[0]} {len(items)} {'yes' if n > 40 else 'no'}")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n:03}'}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"{3.0:g} {1e20:g} {0.0001:g} {1/3:.10}")
print(f"{'left':<10}|{'right':>10}|{'mid':=^9}|")
print(f"{-42:=8} {42:=+8} {255:#X} {255:#010b}")
print(f"{True} {None} {3 + 4j} {b'x'}")
print(f"""multi
{name}
line""")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()} {P():custom} {P():{width}}")
try:
    f"{n:q}"
except ValueError as e:
    print(type(e).__name__, e)
