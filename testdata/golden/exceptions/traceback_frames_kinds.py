import sys

from exc_tb_mods import helper_mod
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
report(lambda: helper_mod.fail("b"))
report(lambda: helper_mod.K().method())
report(lambda: exec("x = 1\ny = x / 0"))
report(lambda: eval("[][1]"))
report(lambda: [x for x in [1] if {}[x]])
report(lambda: {x: 1 / 0 for x in [1]})
report(lambda: list(x / 0 for x in [1]))
report(lambda: exec(compile("def f():\n    raise ValueError('in compiled')\nf()", "virtual.py", "exec")))
class Outer:
    class Inner:
        def m(self):
            raise KeyError("nested class")
report(lambda: Outer.Inner().m())
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def decorated():
    raise TypeError("decorated")
report(decorated)
report(lambda: sorted([3, 1], key=lambda v: v / 0))
report(lambda: list(map(int, ["1", "x"])))
report(lambda: max([1, 2], key=lambda v: v.nope))
