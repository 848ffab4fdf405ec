# An immortalized code object runs again and again under exec and eval.
import sys

code = compile("total = sum(range(n))", "<imm>", "exec")
sys._immortalize(code)
for n in (3, 5, 10):
    ns = {"n": n}
    exec(code, ns)
    print(ns["total"])
expr = compile("[x * x for x in range(k)]", "<imm>", "eval")
sys._immortalize(expr)
print(eval(expr, {"k": 4}), sys._is_immortal(expr))
