import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
class O:
    a = None
o = O()
def f1():
    return (o.a
      .method(5))
def f2():
    return (o.a
      .b)
def f3():
    return (o
      .a.b)
def f4():
    x = {"k": 1}
    return x[
        "missing"
    ]
def f5():
    return 1 + \
        (1 /
         0)
def f6():
    return [1, 2,
            3][10]
def f7():
    return o.a(
        1, 2)
def f8():
    return print(1,
                 2, sep=5)
def f9():
    return int(
        "x")
def f10():
    o.a.b = 5
def f11():
    o.missing += 1
def f12():
    x = 5
    x[0] = 1
def f13():
    del o.nothing
def f14():
    import no_such_mod_abc
def f15():
    from sys import nope_nothing
def f16():
    for x in 5:
        pass
def f17():
    with 5:
        pass
def f18():
    return [*5]
def f19():
    return {**5}
def f20():
    return print(*5)
def f21():
    return print(**5)
def f22():
    a, *b = 5
def f23():
    return -o
def f24():
    return o < o
def f25():
    return o in o
def f26():
    return o()
def f27():
    x = 1
    x += "a"
def f28():
    return (yield)
def f29():
    raise ValueError("a") from KeyError("b")
def f30():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
def f31():
    try:
        1 / 0
    finally:
        print("finally")
def f32():
    o.__class__ = 5
for f in list(globals().values()):
    if callable(f) and getattr(f, "__name__", "").startswith("f") and f.__module__ == "__main__":
        report(f)
