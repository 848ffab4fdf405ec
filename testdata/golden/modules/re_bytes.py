# re: bytes patterns and bytes-like subjects (ASCII classes, ASCII case
# folding), and the non-ASCII str subjects that match by code point.
import re

print(re.findall(rb'\w+', b'caf\xe9 bar_1'), re.findall(rb'\d+', b'a12b3'), re.findall(rb'\s+', b'a \x85\xa0b'))
print(re.match(rb'abc', b'ABC', re.I), re.match(b'\xe9', b'\xc9', re.I), re.search(rb'\bx', b'\xe9x'))
print(re.sub(rb'(\w)(\d)', rb'\2\1', b'a1 b2'), re.split(rb',\s*', b'a, b,c'), re.subn(b'a', b'', b'banana'))
print(re.search(b'[\x80-\xff]+', b'ab\xe9\xffcd'), re.escape(b'a+b'), re.compile(rb'(?P<x>\w)').groupindex)
m = re.search(rb'(?P<k>\w+)=(?P<v>\w+)', b'key=val')
print(m, m.group('v'), m.groupdict(), m.span(2), m.expand(rb'\g<v>:\1'))
print(re.match(b'a', bytearray(b'abc')), re.match(b'a', memoryview(b'abc')).group(), type(re.match(b'a', bytearray(b'a')).string))
print(re.sub(b'b', b'X', bytearray(b'abc')), re.findall(b'.', bytearray(b'xy')), re.split(b'b', memoryview(b'abc')))
print(re.sub(b'a', lambda m: m.group().upper(), b'banana'), re.sub(b'z', b'y', b'abc'))
try:
    re.sub(b'a', lambda m: 1, b'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.fullmatch(rb'[\x00-\x7f]*', bytes(range(128))) is not None)
text = 'Ünïcödé — naïve façade, 日本語テキスト and ASCII 😀 too'
print(re.findall(r'\w+', text), re.search('テ.ス', text).span(), re.sub('[äöüïé]', '_', text))
print([m.span() for m in re.finditer('[^\x00-\x7f]+', text)], re.split(r'\s*[—,]\s*', text))
p = re.compile(r'\w+')
pos, out = 0, []
while True:
    m = p.search(text, pos)
    if not m:
        break
    out.append((m.start(), m.group()))
    pos = m.end()
print(out)
print(re.match('(?i)ÜNÏ', text), re.search(r'\b日本', text), re.findall('.', '😀a😀'), re.sub('😀', ':)', text))
s = 'a\ud800b\udc00c'
print(ascii(re.findall('.', s)), ascii(re.sub('[\ud800-\udfff]', '?', s)), ascii(re.split('\ud800', s)))
print(ascii(re.search(r'\ud800(.)', s).group(1)), re.search('\udc00', s).span(), ascii(re.escape('\ud800')))
print(ascii(re.sub('b', '\udfff', s)), ascii(re.sub('(b)', r'<\1>', s)))
print(re.match(r'(?i)\u0130', 'i'), re.match(r'(?i)i', '\u0130'), re.match('(?i)ß', 'SS'))
print(re.findall(r'(?i)[\u0390-\u03af]+', 'ΐΰ ΐ ά Ά'))
print(re.match(r'\N{LATIN SMALL LETTER A}+', 'aa'), re.findall('[\N{DIGIT ONE}-\N{DIGIT THREE}]', '0123'))
b = bytearray(b'abc'); m = re.match(b'(a)(bc)', b); print(type(m.group()), m)
del b[1:]; print(m.group(0), m.group(2), m.span(2), m.groups(), m.expand(rb'[\2]'))
b.extend(b'xyz'); print(m.group(2))
b = bytearray(b'aXbXc')
try:
    print(re.sub(b'X', lambda m: (b.clear(), b'-')[1], b))
except BufferError as e:
    print('BufferError', e)
print(b, re.sub(b'X', lambda m: b'-', b), b.append(1), b)
b = bytearray(b'aXbXc')
it = re.finditer(b'X', b); print(next(it))
try:
    b.clear()
except BufferError as e:
    print('BufferError', e)
print(list(it), b)
del it
b.clear()
sc = re.compile(b'.').scanner(b)
print(sc.search(), b)
try:
    re.match(b'a', memoryview(b'a')).expand(b'x')
except AttributeError as e:
    print('AttributeError', e)
