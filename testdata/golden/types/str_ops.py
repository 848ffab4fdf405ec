# str operators: concatenation, repetition, indexing, iteration, comparison,
# immutability and their errors.
s = "spam"
print(s + "eggs", s * 2, 2 * s, s * 0, s * -1, s[0], s[-1], s[1:3], list(s))
print(s < "spb", "a" * 3 == "aaa", s == "spam", s is not None, "" < "a")
print(ord(min(s)), max(s), sorted(s), "".join(reversed(s)), s.__len__())
total = ""
for ch in s:
    total = ch + total
print(total)
for call in (lambda: s + 1, lambda: s * "2", lambda: s[10], lambda: s["x"], lambda: s * 1.5, lambda: "a" < 1):
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    s[0] = "S"
except TypeError as e:
    print(type(e).__name__, e)
print(str.__add__("a", "b"), str.upper("q"), "abc".__contains__("b"), "abc".__getitem__(1))
