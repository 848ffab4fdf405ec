# itertools: product, permutations, combinations (with replacement), groupby, tee.
import itertools as it

print(list(it.product('ab', range(2))), list(it.product()), list(it.product('ab', [])))
print(list(it.product('ab', repeat=2)), list(it.product(repeat=3)), list(it.product([1, 2], repeat=0)))
print(len(list(it.product(range(3), repeat=4))), list(it.product(iter([1, 2]), 'x')))
print(list(it.permutations('abc')), list(it.permutations('abcd', 2)))
print(list(it.permutations([])), list(it.permutations('ab', 3)), list(it.permutations('ab', 0)), list(it.permutations(range(3), None)))
print(len(list(it.permutations(range(6)))), list(it.permutations(range(4)))[::5])
print(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.combinations_with_replacement(range(3), 3)))
print(len(list(it.combinations(range(10), 4))), len(list(it.combinations_with_replacement(range(5), 4))))

print([(k, list(g)) for k, g in it.groupby('aaabbcdda')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 7], key=lambda x: x // 3)])
print([k for k, g in it.groupby('aabbc')], list(it.groupby([])))
groups = list(it.groupby('aabbc'))
print([list(g) for k, g in groups])
gb = it.groupby('aabbcc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print(type(next(it.groupby('a'))[1]).__name__)

a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
t = it.tee('abc', 3)
print(len(t), [list(x) for x in t], it.tee([1], 0), type(t[0]).__name__)
x, y = it.tee(iter(range(200)))
print(sum(x), sum(y))
x, = it.tee(iter('ab'), 1)
c1, c2 = it.tee(x)
print(next(c1), list(c2), list(c1))
z = x.__copy__()
print(list(z))
def gen():
    yield from range(3)
p, q = it.tee(gen())
print(list(zip(p, q)))
print(list(it._tee([1, 2])))

tests = [
    lambda: it.product(1), lambda: it.product([1], repeat=-1), lambda: it.product([1], x=1),
    lambda: it.product([1], repeat='a'), lambda: it.permutations(), lambda: it.permutations([1], -1),
    lambda: it.permutations([1], 'a'), lambda: it.permutations(1), lambda: it.combinations([1]),
    lambda: it.combinations([1], -1), lambda: it.combinations([1], 'a'), lambda: it.combinations_with_replacement([1], -1),
    lambda: it.combinations_with_replacement([1]), lambda: it.groupby(), lambda: it.groupby(1),
    lambda: it.groupby([1], x=1), lambda: list(it.groupby([1, 2], 5)), lambda: it.tee(1),
    lambda: it.tee([1], -1), lambda: it.tee([1], 'a'), lambda: it.tee(), lambda: it.tee([1], 2, 3),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
