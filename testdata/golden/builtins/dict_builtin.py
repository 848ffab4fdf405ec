# dict(): from mappings, pairs, keywords, and errors.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], []))
d = {"a": 1}
e = dict(d)
e["b"] = 2
print(d, e)
for arg in ([1, 2], [(1, 2, 3)], 5, ["ab", "cde"]):
    try:
        print(dict(arg))
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
try:
    {[1]: 2}
except TypeError as err:
    print(type(err).__name__, err)
