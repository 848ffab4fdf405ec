# textwrap: wrap/fill at many widths (hyphens, em-dashes, long words), max_lines, shorten, dedent, indent, errors.
import textwrap
t = "The quick brown fox jumps over the lazy dog. A well-known self-evident truth -- here it is -- is that hyphenated-words and em--dashes wrap nicely. Supercalifragilisticexpialidocious-word-chains-are-long."
for w in (10, 15, 20, 33, 50, 70):
    print(textwrap.wrap(t, w))
print(textwrap.fill(t, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(t, 12, break_long_words=False), textwrap.wrap(t, 12, break_on_hyphens=False))
print(textwrap.shorten(t, 40), textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello world', 11), textwrap.shorten(t, 25, placeholder='...'))
print(textwrap.wrap(t, 20, max_lines=3), textwrap.wrap(t, 20, max_lines=1, placeholder=' ~'))
print(textwrap.wrap("Hello.  World!  This is? Ok.", 12, fix_sentence_endings=True), textwrap.wrap('a\tb\nc  d', 5), textwrap.wrap('a\tb', 8, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('   leading and trailing   ', 10), textwrap.wrap('   leading', 10, drop_whitespace=False), textwrap.wrap('', 5), textwrap.wrap('   ', 5))
print(repr(textwrap.dedent('''\
    def f():
        return 1
      
    x = 2
''')), repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('\t\ta\n\t\tb')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
for bad in [lambda: textwrap.wrap('x', 0), lambda: textwrap.wrap('x y', 3, max_lines=1, placeholder=' [...]')]:
    try:
        print(bad())
    except ValueError as e:
        print('ValueError', e)
w = textwrap.TextWrapper(width=16, subsequent_indent='    ')
print(w.wrap('x ' * 20), w.fill('aaaa bbbb cccc dddd eeee'))
print(textwrap.wrap('a-b-c-d-e-f-g-h ab-cd ab-c a-bc ab--cd word, -- dash 12-34 x-y-z', 6))
