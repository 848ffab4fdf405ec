# Literal displays of tuples, lists, dicts, sets, and their reprs.
print((), (1,), (1, 2), [], [1, [2, [3]]], {}, {1: "a", "b": [2]}, {1, 2, 3})
print(set(), frozenset(), frozenset({1}), {(): None}, {1: {2: {3: 4}}})
print(repr([None, True, False, ...]), Ellipsis, ... is Ellipsis)
nested = [1, (2, [3, {4: {5}}])]
print(nested, len(nested))
rec = [1]
rec.append(rec)
print(rec)
d = {}
d["self"] = d
print(d)
print({1: "int", 1.0: "float", True: "bool"})
print([1, 2, 3,], (4, 5,), {6: 7,})
