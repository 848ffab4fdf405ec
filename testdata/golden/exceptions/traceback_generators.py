import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
def gen():
    yield 1
    raise ValueError("in gen")
def g1():
    for x in gen():
        pass
def g2():
    it = gen()
    next(it)
    it.send(None)
def g3():
    it = gen()
    next(it)
    it.throw(KeyError("thrown in"))
def inner():
    yield 1
    1 / 0
def outer():
    yield from inner()
def g4():
    list(outer())
def g5():
    it = outer()
    next(it)
    it.throw(TypeError("through yield from"))
def closing():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally during close")
def g6():
    it = closing()
    next(it)
    it.close()
def g7():
    def ge():
        return (1 / x for x in [1, 0])
    sum(ge())
def g8():
    it = gen()
    next(it)
    next(it, None)
def g9():
    def stop():
        yield 1
        return 5
    it = stop()
    next(it)
    next(it)
def g10():
    it = gen()
    it.throw(ValueError("unstarted"))
for f in (g1, g2, g3, g4, g5, g6, g7, g8, g9, g10):
    report(f)
