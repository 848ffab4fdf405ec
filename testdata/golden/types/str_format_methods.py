# str.format_map, format with attributes/indexes, and %-formatting corners.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
class P:
    x = 3
    items = ["zero", "one"]
print("{0.x} {0.items[1]} {p.x}".format(P(), p=P()))
print("%5s|%-5s|%05d|%+.2e|%#x|%#o|%i|%u" % ("ab", "ab", 42, 12345.678, 255, 8, 7, 9))
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 42, 4, 7), "%%d" % (), "%s" % [1, 2], "%s" % ((1, 2),))
print("%r %a %c" % ("é", "é", 0x263A), "%.0f %.1f %g %G" % (2.5, 0.05, 1e-10, 1e20))
print("{:<{}}|{:>{}}".format("a", 4, "b", 3), "{0:{1}}".format(7, "03"))
for call in (lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%z" % 1, lambda: "{0.missing}".format(P()),
             lambda: "{".format(), lambda: "}".format(), lambda: "%(k)s" % {}):
    try:
        print(call())
    except (TypeError, ValueError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
