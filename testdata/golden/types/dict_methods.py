# dict methods: get, setdefault, pop, popitem, update, keys/values/items,
# copy, clear, fromkeys, and views.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d, len(d))
print(d.popitem(), d)
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = "!"
print(list(keys), list(vals), list(items))
print("a" in keys, ("a", 1) in items, 1 in vals, keys & {"a", "q"}, keys - {"a"})
e = d.copy()
e.clear()
print(d != e, e, dict.fromkeys(range(3), "v"))
print(d | {"extra": 1}, {**d} == d)
d |= {"merged": True}
print(list(d), list(reversed(d)))
for call in (lambda: {}.pop("k"), lambda: {}.popitem(), lambda: d["missing"], lambda: d.update(5), lambda: d.get()):
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    for k in d:
        d["grow"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
