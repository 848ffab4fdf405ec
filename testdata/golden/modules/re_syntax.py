# re: pattern syntax, matched against python3's answers.
import re

def show(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    if m is None:
        print(repr(pattern), repr(text), None)
    else:
        print(repr(pattern), repr(text), m.span(), m.groups())

cases = [
    ('abc', 'xabcx'), ('a.c', 'a\nc'), ('a.c', 'abc'), ('^a', 'ba'), ('a$', 'ba\n'),
    ('a*', 'aaa'), ('a+?', 'aaa'), ('a{2,3}', 'aaaa'), ('a{2,}?', 'aaaa'), ('a{,2}', 'aaaa'),
    ('(a|b)+', 'abba'), ('(a)(b)?', 'a'), ('(?:ab)+', 'ababx'), ('[a-f0-9]+', 'zzbeef42'),
    ('[^aeiou ]+', 'queue stack'), (r'\d{3}-\d{4}', 'call 555-1234 now'), (r'\bcat\b', 'concat cat'),
    (r'\Bcat', 'concat'), (r'\s+', 'a \t\n b'), (r'\S+', '  word  '), (r'\W+', 'ab!?cd'),
    (r'(\w+)\s\1', 'hello hello world'), (r'(?P<n>\d)(?P=n)', '1223'), (r'a(?=b)', 'acab'),
    (r'a(?!b)', 'abac'), (r'(?<=\$)\d+', 'cost $42'), (r'(?<!\$)\b\d+', '$42 17'),
    (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'), (r'(a)?(?(1)b|c)', 'xc'), (r'(<)?\w+(?(1)>)', '<tag>'),
    (r'\x41\u00e9\U0001F600', 'Aé😀'), (r'\N{GREEK SMALL LETTER ALPHA}', 'βα'), (r'\0\07\101', '\x00\x07A'),
    (r'[\]\-\\]+', 'a]-\\b'), (r'[]]', ']'), (r'[^]]+', 'ab]'), (r'(?x) a  b  # comment', 'ab'),
    (r'(?s)a.b', 'a\nb'), (r'(?m)^b$', 'a\nb\nc'), (r'(?i)straße', 'STRASSE straße'),
    (r'(?i:A)b', 'ab aB Ab'), (r'(?i)a(?-i:B)', 'aB Ab ab'), (r'\d+', '٣4'), (r'(?a)\d+', '٣4'),
    (r'\w+', 'naïve café'), (r'(?a)\w+', 'naïve'), (r'(a*)*b', 'aab'), (r'(a|)+$', 'aa'),
    (r'(.*?)(\d+)', 'abc123'), (r'(.*)(\d+)', 'abc123'), (r'x*', ''), (r'$', 'abc'), (r'\Z', 'ab\n'),
    (r'(ab|a)(bc|c)', 'abc'), (r'(a+)(a+)', 'aaaa'), (r'(?:(a)|(b))*', 'abab'), (r'((a)|b)*', 'aab'),
    (r'[\w.-]+@[\w-]+\.\w+', 'mail bob.s-x@ex-ample.org!'), (r'(?#a comment)x', 'x'),
    (r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-03-15'), (r'a{3}', 'aa'), (r'(?<=ab|cd)e', 'cde'),
    (r'[.^$*+?{}()|]+', 'a.^$*+?{}()|b'), (r'\.', 'a.b'), (r'\t\n\r\f\v', '\t\n\r\f\v'),
    (r'[\x00-\x1f]+', 'a\x01\x02b'), (r'[α-ω]+', 'abγδε'), (r'[\d\s]+', 'a1 2 3b'),
]
for p, t in cases:
    show(p, t)

print(re.match('a', 'ba'), re.match('b', 'ba', ), re.fullmatch('a+', 'aaa'), re.fullmatch('a+', 'aab'))
p = re.compile(r'\d+')
print(p.match('a12b', 1), p.match('a12b', 1, 2), p.search('a12b34', 3), p.search('12', 5), p.fullmatch('x12y', 1, 3))
print(p.match('12', -5), p.search('123', 1, 100), p.search('123', 2, 1))
print(re.search('^b', 'ab', re.M), re.compile('^b').search('ab', 1), re.compile(r'\Ab').search('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1))
print(re.search('(a*)+b', 'a' * 20 + 'b').span())
print(re.search('(?:a|b)*c', 'ab' * 50000 + 'c').span())
print(len(re.findall('.', 'x' * 100000)))
