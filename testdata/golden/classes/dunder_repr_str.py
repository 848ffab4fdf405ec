# __repr__, __str__, __format__ and how print, str, repr, f-strings and
# containers use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}|{m!r}|{m:cents}|{m:>10}|{m!s:<10}|")
print("{} {!r} {:cents}".format(m, m, m), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
