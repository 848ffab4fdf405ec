# An error inside a pattern propagates with a traceback to the case line.
class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq failed")


class K:
    b = Boom()


def f(x):
    match x:
        case 1:
            return "one"
        case K.b:
            return "boom"


print(f(1))
f(2)
