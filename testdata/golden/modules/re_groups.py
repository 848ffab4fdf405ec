# re: Match objects: groups, names, spans, reprs, attributes.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<mid> \w+)?', 'Jane Doe and more')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 2, 'first'))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('mid'), m.start(3))
print(m[0], m[1], m['first'], m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.string, m.re, m.re.pattern, m.re.groups, m.re.groupindex)
print(m.regs)
print(m.expand(r'\2, \1 (\g<first>) [\g<0>] \n|\3|'))
for bad in [5, 'nope', -1, 2.0]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m[9]
except IndexError as e:
    print('IndexError', e)
print(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)|(b)', 'b').lastindex)
print(re.match('a', 'a').lastindex, re.match('(?P<x>a)(b)', 'ab').lastgroup, re.match('(a)(?P<y>b)', 'ab').lastgroup)
print(re.match('(?:(a)|b)*', 'ab').groups(), re.match('(a)*', 'aaa').span(1), re.match(r'(\w)+', 'abc').group(1))
print(re.match('(a)?', '').groups(), re.match('(a)?', '').span(1), re.match('(a)?', '').start(1))
print(repr(re.match('x' * 60, 'x' * 60)))
print(repr(re.search('é+', 'aééb')), repr(re.match('', 'abc')))
print(repr(re.match(r"'", "'")), repr(re.match(r'"\'', '"\'')))
m = re.compile(r'(\d+)').search('abc 123 def', 2, 9)
print(m.pos, m.endpos, m.span())
it = re.finditer(r'(\w)(\d)?', 'a1 b c2', )
for m in it:
    print(m.span(), m.groups(), m.pos, m.endpos)
print(type(re.finditer('a', 'a')).__name__, iter(re.finditer('a', 'a')) is not None)
p = re.compile(r'(?P<k>\w+)=(?P<v>\w*)')
print([m.groupdict() for m in p.finditer('a=1 b= c=3', 2)])
print(p == re.compile(r'(?P<k>\w+)=(?P<v>\w*)'), p == re.compile(p.pattern, re.I), hash(p) == hash(re.compile(p.pattern)))
print(re.compile('a') is re.compile('a'), re.compile(p) is p)
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)
print(re.Pattern, re.Match, type(p) is re.Pattern, isinstance(m, re.Match))
print(re.Pattern[str], re.Match[bytes])
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in [None, 5, ['a']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError', e)
print(re.match(r'(?P<a>x)|(?P<b>y)', 'y').groupdict())
print(re.compile(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11').match('abcdefghijkk').group(11))
s = re.compile(r'\d').scanner('a1b2')
print(type(s), s.pattern, s.search(), s.search(), s.search(), s.match())
s = re.compile(r'a*').scanner('aab')
print(s.match(), s.match(), s.match(), s.match())
s = re.compile(r'a*').scanner('aab')
print(s.search(), s.search(), s.search(), s.search())
s = re.compile(r'\w').scanner('abcdef', 2, 4)
print(s.match(), s.match(), s.match(), s.match().pos if False else None)
