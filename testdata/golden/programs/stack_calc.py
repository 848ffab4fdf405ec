# A reverse-Polish calculator and an infix-to-RPN converter (shunting yard).
import math
OPS = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b),
       "*": (2, lambda a, b: a * b), "/": (2, lambda a, b: a / b), "^": (3, lambda a, b: a ** b)}
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in OPS:
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > OPS[t][0] or (OPS[stack[-1]][0] == OPS[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(t)
    return out + stack[::-1]
def evaluate(rpn):
    stack = []
    for t in rpn:
        if t in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[t][1](a, b))
        else:
            stack.append(float(t) if "." in t else int(t))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]
for expr in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7 - 2 - 1"]:
    rpn = to_rpn(expr.split())
    print(f"{expr:<22} -> {' '.join(rpn):<18} = {evaluate(rpn)}")
for bad in ["1 2", "1 / 0", "+"]:
    try:
        print(evaluate(to_rpn(bad.split())))
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(bad, "->", type(e).__name__, e)
