import io
class MyIO(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
m = MyIO()
print('hello', 'x', file=m)
t(lambda: m.getvalue())
try:
    m.attr = 5
    print(m.attr)
except AttributeError as e:
    print('AttributeError', e)
class E(enumerate):
    pass
t(lambda: list(E('ab')))
class Z(zip):
    pass
t(lambda: list(Z('ab', 'cd', strict=True)))
t(lambda: io.StringIO().__dict__)
s = io.StringIO()
s.name = 'n'
t(lambda: s.name)
