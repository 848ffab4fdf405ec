"""Differential check of the re module: random patterns and subjects from
a seed, and what search, fullmatch, findall, sub and split answer. Run it
under python3 and under minipy and compare the outputs:

    python3 tools/regex_diff.py 1 2000 > /tmp/py.txt
    bin/minipy tools/regex_diff.py 1 2000 > /tmp/mp.txt
    diff /tmp/py.txt /tmp/mp.txt

(minipy's random draws CPython's numbers for a seed.)
"""
import random
import re
import sys

ALPHABET = 'abcA1 \n'

# Possessive repeats and atomic groups; off, the patterns avoid the cases
# where sre leaves stale captures after a failed alternative inside them
# (see lang/regex/doc.go).
EXOTIC = True


def atom(rng, depth, groups):
    k = rng.randrange(20 if depth < 3 else 9)
    if k < 4:
        return rng.choice('abcA')
    if k == 4:
        return '.'
    if k == 5:
        return rng.choice(['[ab]', '[^a]', '[a-c]', '[\\s1]', '[^\\W]'])
    if k == 6:
        return rng.choice(['\\w', '\\d', '\\s', '\\W', '\\S'])
    if k == 7:
        return rng.choice(['^', '$', '\\b', '\\B', '\\A', '\\Z'])
    if k == 8:
        if groups[0]:
            return '\\%d' % rng.randint(1, groups[0])
        return 'b'
    inner = alternation(rng, depth + 1, groups)
    if k < 12:
        groups[0] += 1
        return '(' + inner + ')'
    if k < 14:
        return '(?:' + inner + ')'
    if k == 14:
        groups[0] += 1
        return '(?P<g%d>%s)' % (groups[0], inner)
    if k == 15:
        return rng.choice(['(?=', '(?!']) + inner + ')'
    if k == 16:
        return rng.choice(['(?<=', '(?<!']) + rng.choice(['a', 'b', '\\w', '[ab]', 'ab']) + ')'
    if k == 17 and EXOTIC:
        return '(?>' + inner + ')'
    if k == 18 and groups[0]:
        return '(?(%d)%s|%s)' % (rng.randint(1, groups[0]), rng.choice('ab'), rng.choice(['c', '']))
    return '(?i:' + inner + ')'


def piece(rng, depth, groups):
    a = atom(rng, depth, groups)
    if a in ('^', '$', '\\b', '\\B', '\\A', '\\Z'):
        return a
    q = rng.randrange(12)
    if q < 6:
        return a
    quant = ['*', '+', '?', '{2}', '{1,2}', '{0,3}'][q - 6]
    mod = rng.choice(['', '', '?', '+' if EXOTIC else ''])
    return a + quant + mod


def alternation(rng, depth, groups):
    alts = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        alts.append(''.join(piece(rng, depth, groups) for _ in range(rng.randint(0, 3))))
    return '|'.join(alts)


def show(m):
    if m is None:
        return 'None'
    return '%s %s %s' % (m.span(), m.groups(), m.lastindex)


def main():
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    for i in range(count):
        pattern = alternation(rng, 0, [0])
        flags = rng.choice([0, 0, re.I, re.M, re.S, re.I | re.M])
        subject = ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        try:
            p = re.compile(pattern, flags)
        except re.error as e:
            print(i, repr(pattern), 'error', e)
            continue
        out = [show(p.search(subject)), show(p.fullmatch(subject)), repr(p.findall(subject)),
               repr(p.sub('<\\g<0>>', subject)), repr(p.split(subject))]
        print(i, repr(pattern), flags, repr(subject), ' | '.join(out))


if __name__ == '__main__':
    main()
