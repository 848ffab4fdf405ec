# Immortalized functions, closures, lambdas, bound methods and code objects
# still work.
import sys


def make_counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


inc = make_counter()
sys._immortalize(inc)
print(inc(), inc(), inc())
sq = lambda x: x * x
sys._immortalize(sq)
print(sq(7))


class A:
    def m(self):
        return "m"


bm = A().m
sys._immortalize(bm)
print(bm())
code = compile("x * 2", "<expr>", "eval")
sys._immortalize(code)
print(eval(code, {"x": 21}))
sys._immortalize(make_counter.__code__)
print(make_counter()())
sys._immortalize(print)
print(sys._is_immortal(inc), sys._is_immortal(inc.__closure__[0]))
