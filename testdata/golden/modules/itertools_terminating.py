# itertools: the iterators that end with their input.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4], max)), list(it.accumulate([], initial=5)), list(it.accumulate([1, 2], initial=100)))
print(list(it.accumulate('abc')), list(it.accumulate([1, 2], None, initial=None)), list(it.accumulate(iterable=[1, 2], func=operator.sub)))
print(list(it.chain()), list(it.chain('ab', [1], (), range(2))), list(it.chain.from_iterable(['ab', 'cd'])))
ch = it.chain.from_iterable(it.repeat([1, 2], 2))
print(list(ch), list(ch))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.compress(data='ab', selectors=[0, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None])))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)))
print(list(it.islice('ABCDEFG', 0, None, 2)), list(it.islice('ABCDEFG', None)), list(it.islice('ABCDEFG', None, None, None)))
print(list(it.islice('AB', 5, 10)), list(it.islice(range(10), 1, 9, 3)), list(it.islice(it.count(), 3, 20, 7)))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
src = iter(range(10))
print(list(it.islice(src, 4, 4)), next(src))
print(list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise([])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.starmap(lambda *a: a, ['ab', (1,)])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [])))
print(list(it.zip_longest(range(3), 'a', [None])))
seen = []
def pred(x):
    seen.append(x)
    return x < 3
tw = it.takewhile(pred, [1, 2, 3, 4])
print(list(tw), list(tw), seen)

def boom():
    yield 1
    raise ValueError('inner')
for f in (lambda: list(it.chain(boom())), lambda: list(it.islice(boom(), 5)), lambda: list(it.accumulate(boom()))):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

tests = [
    lambda: it.accumulate(), lambda: it.accumulate(1), lambda: it.accumulate([1], x=1),
    lambda: list(it.accumulate([1, 'a'])), lambda: list(it.accumulate([1, 2], 3)),
    lambda: it.chain(x=1), lambda: next(it.chain(1)), lambda: it.chain.from_iterable(),
    lambda: list(it.chain.from_iterable([1])), lambda: it.compress(), lambda: it.compress([1]),
    lambda: it.compress(1, [1]), lambda: it.dropwhile(len), lambda: next(it.takewhile(None, [1])),
    lambda: it.filterfalse(None), lambda: it.filterfalse(None, 1), lambda: it.islice([1]),
    lambda: it.islice([1], -1), lambda: it.islice([1], 'a'), lambda: it.islice([1], 1, -2),
    lambda: it.islice([1], 1, 2, 0), lambda: it.islice([1], 1, 2, -1), lambda: it.islice([1], 1, 2, 3, 4),
    lambda: it.islice([1], x=1), lambda: it.islice(1, 2), lambda: it.pairwise(), lambda: it.pairwise(1),
    lambda: it.starmap(len), lambda: next(it.starmap(len, [1])), lambda: it.zip_longest(1),
    lambda: it.zip_longest([1], x=1), lambda: list(it.starmap(len, [(1, 2)])),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(it.chain.__name__, type(it.chain()).__name__, it.islice.__module__)
