# string.Template over re: subclasses with their own delimiter, idpattern,
# braceidpattern, flags or whole pattern; errors and identifiers.
from string import Template
import re

t = Template('$who likes ${what}; $$5 and $ bad')
print(t.safe_substitute(who='tim', what='kung pao'), t.is_valid(), t.get_identifiers())
try:
    t.substitute(who='x', what='y')
except ValueError as e:
    print(e)
print(Template('x\n  $').safe_substitute(), Template.flags, Template.pattern.flags, type(Template.pattern))
print(Template('$Name and $NAME').substitute(Name=1, NAME=2))


class D(Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'


print(D('%foo_bar %Foo_x %%').substitute(foo_bar=1, Foo_x=2), D.pattern.groupindex)


class P(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\[(?P<braced>\w+)\]|(?P<invalid>))'


print(P('@a @[b] @@').substitute(a=1, b=2), P.pattern)


class B(Template):
    braceidpattern = r'[^}]+'
    flags = 0


print(B('${a b} $A $a').safe_substitute({'a b': 'ok', 'a': 'low'}))


class Odd(Template):
    pattern = r'!(?P<named>x)?(?P<braced>y)?(?P<escaped>z)?(?P<invalid>w)?'


for call in (lambda: Odd('!').substitute(x=1), lambda: Odd('!').is_valid(), lambda: Odd('!').get_identifiers()):
    try:
        call()
    except ValueError as e:
        print('ValueError', e.args[0], e.args[1] is Odd.pattern)
try:
    Template('$x').substitute({})
except KeyError as e:
    print('KeyError', e)
print(Template('${x}y $x').substitute({'x': 1}, x=2), Template('€$x').substitute(x='é'))
