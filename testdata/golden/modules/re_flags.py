# re: flags (values, reprs, inline and scoped forms) and case folding.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(repr(re.I | re.M), repr(re.S | re.X | re.A), int(re.I | re.M), re.I | 8, re.IGNORECASE is re.I)
print(repr(re.I | 1024), repr(re.RegexFlag(0)), re.RegexFlag(2), re.I.name, re.I.value, re.M & re.M)
print(f'{re.I}', '%s %d' % (re.I, re.I), format(re.M, 'd'), str(re.VERBOSE))
print(type(re.I).__name__, isinstance(re.I, int), re.RegexFlag.__name__)
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags)
print(re.compile('(?s)(?m)a').flags, re.compile('(?a)a').flags, re.compile('(?x)a', re.I).flags)
for p, f in [('a', 0), ('a', re.I), ('a', re.I | re.M), ('a', re.S | re.X), ('a', re.A), ('a', re.U), ('(?i)a', 0),
             (b'a', 0), (b'a', re.I), (b'a', re.L), ('a', re.DEBUG & 0), ('x' * 210, 0)]:
    print(repr(re.compile(p, f)))
print(re.findall('(?i)[a-c]+', 'xAbCx'), re.findall('[a-c]+', 'xAbCx', re.I), re.findall('[^a-c]+', 'xAbCx', re.I))
print(re.match('(?i)ǅ', 'ǆ'), re.match('K', '\u212a', re.I), re.match('K', '\u212a', re.I | re.A))
print(re.match('ſ', 'S', re.I), re.match('[s]', 'ſ', re.I), re.match('µ', 'Μ', re.I), re.match('σ', 'Σς', re.I))
print(re.findall('(?i)straße', 'STRASSE Straße'), re.match('(?i)é', 'É'), re.match('(?ia)é', 'É'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)[\w]+', 'ÀÉ'), re.match('[A-Z]', 'k', re.I))
print(re.findall('^x', 'x\nx\nx', re.M), re.findall('x$', 'x\nx\nx', re.M), re.findall('.', 'a\nb', re.S))
print(re.findall('(?m:^x)', 'x\nx'), re.findall('(?s:.)|.', 'a\n'), re.findall('(?-s:.)', 'a\n', re.S))
print(re.search(r'''(?x)
    (\d+)   # number
    \s*     # space
    ([a-z]+)  # unit
    [ ]x  \#  # literal space, x and a hash
''', 'size: 12 kb x#').groups())
print(re.findall(r'\w+', 'été 2024 ½', re.A), re.findall(r'\w+', 'été 2024 ½'), re.findall(r'\d', '٣³3'))
print(re.findall(r'\s', ' \u00a0\u2028\x1c', re.A), len(re.findall(r'\s', ' \u00a0\u2028\x1c')))
print(re.findall(r'\b\w', 'é a'), re.findall(r'\b\w', 'é a', re.A))
for p in ['(?x)a {2}', '(?x)a+ ?', '(?x)a{1, 2}', '(?x)[ #]', '(?x)\\ #', '(?x)a#comment\n+', '(?x)( ?P<n> a )', '(?x)(?P<n>a) (?P=n)', '(?x)a\\\n', '(?x)\\x 41', '(?x)[a - c]+']:
    try:
        r = re.compile(p)
        print(repr(p), r.findall('aa a{1, 2} #x A b-c'))
    except re.error as e:
        print(repr(p), 'error', e)
