# string: constants, capwords, Template, Formatter.
import string
from string import Template, Formatter

print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.printable), len(string.printable), string.ascii_letters)
print(string.capwords(' hello   world '), string.capwords('a-b-c', '-'), string.capwords('ONE two'))
t = Template('$who likes ${what}; cost: $$10')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}), t.substitute({'who': 'x'}, what='y'))
print(t.safe_substitute(who='tim'), Template('$a $ b $').safe_substitute(a=1), t.template)
print(Template('$a ${b} $$ $a').get_identifiers(), Template('$a $1').is_valid(), Template('${x}').is_valid())
print(Template('${x}y$z_1').substitute(x=1, z_1=2), Template('').substitute(), Template('$$').substitute())
class Pct(Template):
    delimiter = '%'
print(Pct('%who owes %%%amount').substitute(who='I', amount=5))
for args in [("$x", {}), ("$ x", {}), ("ab\n${", {}), ("${1}", {}), ("tail $", {})]:
    try:
        print(Template(args[0]).substitute(args[1]))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
f = Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{x!r:>6}|{y:.2f}', x='s', y=3.14159), f.format('{}{}', 1, 2))
print(f.format('{0[1]}{a.real}', [5, 6], a=3), f.format('{{lit}} {0:{1}}', 7, '>4'), f.vformat('{k}', (), {'k': 'v'}))
print(list(f.parse('a{0!r:>3}b{{c}}{x.y[1]}')), list(f.parse('')), list(f.parse('x')))
print(f.get_field('0.real', [5], {}), f.convert_field(1, 'r'), f.convert_field('a', None), f.format_field(3, '03d'))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {name}', 'abc', name='def'))
for fmt, a in [('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{', ()), ('}', ()), ('{0!x}', (1,)), ('{2}', (1,))]:
    try:
        print(f.format(fmt, *a))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(string.__all__)
