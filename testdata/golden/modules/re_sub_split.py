# re: sub, subn, split, findall, finditer, escape: edge cases of empty
# matches (3.7+), groups, counts and templates.
import re

print(re.sub(r'\d', '#', 'a1b22c'), re.sub(r'\d', '#', 'a1b22c', 2), re.subn(r'\d', '#', 'a1b22c'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('a*', '-', 'baac'), re.subn('', '', ''))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'(a)(b)?', r'[\1\2]', 'a ab'))
print(re.sub('a', r'\n\t\\', 'xay'), re.sub('a', r'\-\.', 'a'), re.sub('a', '\\\\', 'a'))
print(re.sub('(a)', r'\g<1>0\g<0>', 'a'), re.sub('(a)', r'\1\0012', 'a'), re.sub('a', r'\101', 'a'))
print(re.sub(r'\w+', lambda m: m.group().upper(), 'ab cd'), re.sub('a', lambda m: '', 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333', count=2))
print(re.sub('(b)|c', r'[\1]', 'abc'), re.sub('x', 'y', ''), re.sub('^', '>', 'a\nb', flags=re.M))
print(re.sub('$', '<', 'a\nb\n'), re.sub('$', '<', 'a\nb\n', flags=re.M), re.sub(r'\b', '|', 'ab cd'))
print(re.split(',', 'a,b,,c,'), re.split(',', 'a,b,c', maxsplit=1), re.split('(,)', 'a,b'), re.split('(,)|(;)', 'a,b;c'))
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', '...words'))
print(re.split('a', ''), re.split('', ''), re.split(r'\s*', ' a b '), re.split('(?=b)', 'abab'))
print(re.split(r'\d', 'a1b2c3', 2), re.split(r'\d', 'a1b2c3', -1), re.compile(r'\d').split('a1b2', maxsplit=1))
print(re.findall(r'\w+', 'a bb ccc'), re.findall(r'(\w)(\w)?', 'abc'), re.findall(r'(\w)', 'ab'), re.findall('', 'ab'))
print(re.findall(r'\b', 'a b'), re.findall('a|', 'bab'), re.findall(r'(a)|b', 'ab'), re.findall(r'a*?', 'aa'))
print(re.findall(r'\d+', '1 22 333', ), re.compile(r'\d+').findall('1 22 333', 2), re.compile(r'\d+').findall('1 22 333', 2, 5))
print([m.group() for m in re.finditer('a*', 'baac')], [m.span() for m in re.finditer(r'\b', 'ab c')])
print(re.escape('hello.world?[x]'), re.escape('a-b_c d\t'), re.escape('ü€'), re.escape(b'a.b\xff'))
print(re.escape('!"#%&\',/:;<=>@`~'))
for tmpl in [r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<5>', r'\5', r'\q', 'a\\', r'\x41', r'\777']:
    try:
        print(repr(re.sub('(a)(b)?', tmpl, 'xax')))
    except re.error as e:
        print('error', e, e.pos)
try:
    re.sub('(a)', r'\g<x>', 'a')
except IndexError as e:
    print('IndexError', e)
for repl in [lambda m: 1, 5]:
    try:
        re.sub('a', repl, 'bab')
    except TypeError as e:
        print('TypeError', e)
print(re.sub('a', 'b', 'aaa', count=0), re.subn('a', 'b', 'aaa', count=-1), re.subn(r'(?<=a)', '-', 'aaa'))
m = re.match(r'(\w+)@(\w+)', 'me@host')
print(m.expand(r'\2:\1'), m.expand(r'\g<2>-\g<0>'))
out = re.sub(r'\$(\w+)', lambda m: {'name': 'world', 'x': '42'}.get(m.group(1), m.group()), 'hello $name, $x, $unknown')
print(out)
