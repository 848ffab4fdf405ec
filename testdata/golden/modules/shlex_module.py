import shlex, io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
cases = ['a b c', '  leading and   trailing  ', 'echo "hello world"', "it's 'quoted'", 'a\\ b', '"a\\"b"', "'a\\'b", 'x # comment', 'x#y',
         'a"b c"d', '"" \'\'', 'one\ttwo\nthree', 'ls -l | grep foo > out.txt', '"\\$HOME" \'$HOME\'', 'a="b c"', '\\\\', 'café naïve', '"a\\\\b" "a\\nb"', '--opt=val "x y"']
for c in cases:
    t(lambda: shlex.split(c)); t(lambda: shlex.split(c, comments=True)); t(lambda: shlex.split(c, posix=False))
t(lambda: shlex.split('"unterminated')); t(lambda: shlex.split("'unterminated")); t(lambda: shlex.split('escape\\')); t(lambda: shlex.split('"esc\\'))
for s in ['', 'plain', 'has space', "it's", 'a"b', '$HOME', 'x;y', 'ok@host:/path,1+2=3%', 'tab\there', 'é']:
    print(repr(shlex.quote(s)))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.split(shlex.join(['a b', "c'd", ''])))
lx = shlex.shlex('a && b || (c; d) > e', punctuation_chars=True)
print(list(lx))
lx = shlex.shlex('ls -l|grep "x y";echo ~/a.b*', posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex('foo bar=baz "q" 12.5 a-b', posix=False)
print(list(lx), lx.eof, lx.lineno)
lx = shlex.shlex('line1 x\nline2 # c\nline3', posix=True)
toks = []
while True:
    tok = lx.get_token()
    if tok is None:
        break
    toks.append((tok, lx.lineno))
print(toks, lx.error_leader(), lx.error_leader('f', 3))
lx = shlex.shlex(io.StringIO('a b'))
lx.push_token('first')
print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()), lx.punctuation_chars, repr(lx.wordchars[:10]))
print(shlex.shlex('x', punctuation_chars='|').punctuation_chars, shlex.__all__)
