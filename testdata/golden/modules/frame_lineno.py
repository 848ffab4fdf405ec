import sys

def here():
    return sys._getframe(1).f_lineno

def plain():
    f = sys._getframe()
    x = 1
    print("running", f.f_lineno)
    y = 2
    print("running again", f.f_lineno, here())
    return f

f = plain()
print("returned", f.f_lineno)

class P:
    def __add__(self, other):
        return sys._getframe(1).f_lineno
    def __getitem__(self, k):
        return sys._getframe(1).f_lineno
    def __eq__(self, other):
        return sys._getframe(1).f_lineno
    @property
    def prop(self):
        return sys._getframe(1).f_lineno

def ops():
    p = P()
    a = p + 1
    b = p[0]
    c = (p ==
         3)
    d = p.prop
    print("ops", a, b, c, d)
ops()

def gen():
    x = 1
    yield sys._getframe().f_lineno
    y = 2
    yield 5
    z = 3

g = gen()
print("gen before", g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_lineno)
for _ in g:
    pass
print("gen done", g.gi_frame)

def fails():
    a = 1
    b = [][
        a]

try:
    fails()
except IndexError as e:
    tb = e.__traceback__
    while tb is not None:
        print("tb", tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next

def outer():
    return middle()

def middle():
    fr = sys._getframe(1)
    return fr.f_lineno, fr.f_code.co_name, sys._getframe(2).f_lineno

print("outer", outer())
print(type(sys._getframe().f_lasti))

def loop():
    f = sys._getframe()
    out = []
    for i in range(2):
        out.append(f.f_lineno)
        out.append(
            f.f_lineno)
    return out
print(loop())
