# set methods: add, discard, remove, pop, update family, and predicates.
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(sorted(s), len(s))
print(sorted(s.union([9], (8,))), sorted(s.intersection({2, 3, 7})), sorted(s.difference([2])), sorted(s.symmetric_difference({3, 5})))
t = set(s)
t.update("ab")
t.intersection_update({2, "a", 4})
print(sorted(t, key=str))
t.difference_update({"a"})
t.symmetric_difference_update({2, 99})
print(sorted(t))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({1}), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
c = s.copy()
c.clear()
print(c, sorted(s))
popped = {42}.pop()
print(popped)
for call in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {1}.add([]), lambda: {1} | [2]):
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print({x % 3 for x in range(10)}, {"a", "b"} == {"b", "a"})
