import sys
def report(fn):
    try:
        fn()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
class BadIter:
    def __iter__(self):
        raise ValueError("no iter")
def f1():
    for x in [1, 2]:
        for y in BadIter():
            pass
def f2():
    for x in (1, 2): 1 / 0
def f3():
    return [y for y in BadIter()]
def f4():
    for x in {1, 2}:
        [].pop()
for f in (f1, f2, f3, f4):
    report(f)
