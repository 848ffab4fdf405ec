# re: compile errors (re.error's message, pattern, pos, line and column)
# and the other exceptions of bad patterns and arguments.
import re

bad = ['*', 'a**', '(', '(a', 'a)', '(?<x)', r'\q', '[a', '[z-a]', '(?P<1>a)', '(?P=x)',
       '(?P<a>x)(?P<a>y)', r'(a)\2', '(?<=a*)b', 'a{3,2}', '(?x', '(?z)', 'a(?i)b', r'\x4',
       r'\777', '(?P<a', '(?P=a', '(?#abc', '(?(1)a|b|c)', '(?(x)a)', r'[\d-z]', '\\', r'\u12',
       'x{1,2}{3}', '(?-i)', '(?i-i:a)', '(?L)a', '(?', '(?P', '(?P<>a)', r'\N{foo}', r'[\A]',
       r'\8', '(?(0)a)', 'a\n(', 'ab\ncd\n)', '(?<!a|bc)', r'(?<=(a)\1)x', '(?>a', 'a*+?', '[]',
       '(?au)', '(?-a:x)', r'(?P<a-b>x)', '(?Px)', '|*', '(*)', r'\b*', '^*']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print(repr(p), 'ValueError', e)
try:
    re.compile('a{4294967296}')
except OverflowError as e:
    print('OverflowError', e)
try:
    re.compile(b'(?u)x')
except re.error as e:
    print(e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
e = re.error('boom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
e = re.error('boom', b'ab\ncd', 4)
print(e, e.lineno, e.colno)
try:
    re.compile('(?P<n>a)(?P=n')
except re.error as e:
    print(repr(e))
