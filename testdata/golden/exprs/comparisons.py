# Comparison operators and chains over many types, and their errors.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 6)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} == {2, 1})
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, None == None, None is None)
print(1 == True, 0 == False, 2 == True, 1.0 == 1, 1 == 1 + 0j)
print(float("nan") != float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
lst = [nan]
print(lst == lst, nan in lst)
# Chained comparisons evaluate the middle operand once.
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print(1 < 2 < 3 < 4 < 5, 1 < 3 < 2 < 4)
print("a" in "cat", "dog" not in "cat", 2 in {1: 0, 2: 0}, 3 in range(0, 10, 3))
a = [1]
b = [1]
print(a == b, a is b, a is not b, a is a)
for x, y in [(1, "1"), ([], ()), (None, 0)]:
    try:
        print(x < y)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == "1", [] == (), None == 0)
