# generator.close: GeneratorExit, finally blocks, and yielding during close.
def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
w = worker()
next(w)
w.close()
print("closed; next gives StopIteration:", next(w, "exhausted"))
w.close()
print("closing again is fine")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to die"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
never_started = worker()
never_started.close()
print("closing an unstarted generator runs nothing")
