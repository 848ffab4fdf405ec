# Generators as __iter__ implementations and as methods with state.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        return (n for n in self if n % 2 == 0)
c = Countdown(6)
print(list(c), list(c.evens()), sum(c), max(c))
it1, it2 = iter(c), iter(c)
print(next(it1), next(it1), next(it2))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), 5 in t, len(list(t)))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows("abcdef", 3)), list(windows([1, 2], 3)))
