print(1, 2, 3)
print('a', 'b', sep='-', end='!\n')
t(lambda: len([1, 2]))
t(lambda: list(enumerate('ab', 3)))
t(lambda: list(zip([1, 2], 'ab')))
t(lambda: list(map(abs, [-1, 2])))
import sys, math
t(lambda: sys.version_info[:2])
t(lambda: math.sqrt(2))
