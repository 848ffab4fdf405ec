x = 1
assert (x, 2)
assert (1, 2)
if x is -1: pass
if x is (1, 2): pass
if x is (x, 2): pass
if x is not "a": pass
if 1 is x: pass
if None is x is 1 is 2: pass
print(x is ...)
if 0:
    y = x is 3
try:
    pass
finally:
    z = x is 4
w = [1, 2]; v = [w (1)] if 0 else 0
def f(): return {1}[0], f"x"[0], (i for i in x)[0], (lambda: 0)[1], "abc"["a"], [1]["x"], [1][1.5], (1, 2)[x], (1, 2)[1:2], "s"[True], b"x"["y"], [i for i in x]["q"], (x, 1)["s"], 5[0], None[0], ...[0], 1.5[0], 1j[0], f"{x}"(), [](), {}(), {x: 1 for x in x}(), set()(), {1}(), (i for i in x)(), (x,)(), None(), True(), ...(), b""(), 1.0(), 1j(), "a"(), x()
print(2)
