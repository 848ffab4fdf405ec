# format() and str.format with every kind of spec.
print(format(42), format(42, "08b"), format(3.14159, ".3f"), format("s", ">5"), format(1e6, ","))
print(format(0.5, "%"), format(12345.678, "e"), format(255, "X"), format(-5, " d"), format(5, " d"))
print("{} {} {}".format(1, "a", None), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"))
print("{0[0]} {0[k]} {1.real}".format({0: "zero", "k": "kay"}, 3 + 4j))
print("{:>8.2f}|{:<6}|{:^7}|{:+}".format(2.71828, "ab", "mid", 7))
print("{!r} {!s} {!a}".format("x", "y", "ü"), "{{}} {}".format("braces"))
print("{:{w}.{p}}".format(3.14159, w=10, p=3), "{:,}".format(10 ** 9), "{:_x}".format(2 ** 32))
print(format(True), format(None), format([1, 2]), format(1 + 2j, ".1f"))
print("%s %r %d %5.2f %x %o %e %%" % ("s", "r", 42, 3.14159, 255, 8, 1234.5))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%c%c" % (72, "i"), "%-5s|" % "ab")
class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
print(format(Fmt(), "xyz"), "{:abc}".format(Fmt()))
for call in (lambda: format(1, "q"), lambda: format("s", "d"), lambda: "{}".format(), lambda: "{0} {}".format(1, 2),
             lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: format(object(), "x")):
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
