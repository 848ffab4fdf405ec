# list methods: append, extend, insert, remove, pop, index, count, sort,
# reverse, copy, clear, and their errors.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend("ab")
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
lst.remove("a")
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count("zz"))
nums = [5, 2, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["pear", "Fig", "apple", "date"]
words.sort(key=str.lower)
print(words)
c = words.copy()
c.append("new")
print(words, c)
c.clear()
print(c, len(c))
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, "a"].sort(), lambda: [].insert(), lambda: [1].sort(key=lambda v: v, cmp=None)):
    try:
        print(call())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
