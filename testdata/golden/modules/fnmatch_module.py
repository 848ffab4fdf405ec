# fnmatch: translate's regular expressions (CPython 3.11's text), matching
# with and without case, filter, bytes patterns.
import fnmatch

pats = ['*.py', 'a*b*c', '*', '**', '?x', '[abc]', '[!abc]', '[a-z]*', '[', '[!]', '[]]', '[!]]',
        'a[b-a]c', '*a*', 'x[a-c-e]y', '[\\]', 'a.b+c(d)', '[^x]', 'ab*', '*ab', 'a**b', '[a-]',
        '[--0]', '[z-a]', '[[]', 'a&&b', '[a&&b]', '[a~~b]', '[a||b]', '*.[ch]', 'file?.t*t', '[!.]*']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['main.py', 'setup.cfg', 'README.md', 'test_x.py', '.hidden', 'a.c', 'b.h', 'abc', 'aXbYc',
         'file1.txt', 'file22.txt', 'x]y', '[x', 'ab', 'a-b']
for p in pats:
    print(p, fnmatch.filter(names, p))
print(fnmatch.fnmatch('Main.PY', '*.py'), fnmatch.fnmatchcase('Main.PY', '*.py'), fnmatch.fnmatchcase('main.py', '*.py'))
print(fnmatch.fnmatch('a\nb', 'a*b'), fnmatch.fnmatch('abc', 'a?c'), fnmatch.fnmatch('a/c', 'a?c'))
print(fnmatch.fnmatchcase(b'data.bin', b'*.bin'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatch('a' * 50 + 'b', '*a*a*a*a*a*a*c'))
