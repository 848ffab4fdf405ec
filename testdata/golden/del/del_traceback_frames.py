# A traceback keeps the frames it passes through, and their locals, alive;
# so does a frame object kept after its frame returned (sys._getframe).
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def inner():
    a = Tracked("inner local")
    raise ValueError("inner")

def middle():
    b = Tracked("middle local")
    inner()

def outer():
    c = Tracked("outer local")
    try:
        middle()
    except ValueError as e:
        return e

e = outer()
print("outer returned; the exception keeps every frame")
tb = e.__traceback__
print([t.tb_frame.f_code.co_name for t in iter(lambda: None, 0)] if False else "walk:")
t = tb
while t is not None:
    print(" ", t.tb_frame.f_code.co_name, t.tb_lineno, sorted(t.tb_frame.f_locals))
    t = t.tb_next
del t, tb
print("dropping the traceback")
e.__traceback__ = None
print("traceback dropped; e still alive")
del e
print("--- a saved frame object keeps its locals and its callers' frames")

def keep_frame():
    x = Tracked("x in keep_frame")
    return sys._getframe()

def caller():
    y = Tracked("y in caller")
    return keep_frame()

fr = caller()
print("frame kept:", fr.f_code.co_name, "back:", fr.f_back.f_code.co_name, sorted(fr.f_locals))
print("clearing the frame")
fr.clear()
print("cleared; the caller's frame lives on through f_back")
fr = None
print("--- a frame whose frame object nobody keeps releases its locals at return")

def plain():
    z = Tracked("z in plain")
    sys._getframe()
    return 1
plain()
print("after plain()")

print("--- sys.exc_info() in a handler, and after it")
def fails():
    w = Tracked("w in fails")
    1 / 0
try:
    fails()
except ZeroDivisionError:
    print("handling:", sys.exc_info()[0].__name__)
print("handler left:", sys.exc_info())

print("--- an exception stored in a list outlives the handler")
saved = []
try:
    fails()
except ZeroDivisionError as err:
    saved.append(err)
print("stored")
saved.clear()
print("list cleared")

print("--- the traceback of a re-raised exception grows")
def level(n):
    v = Tracked(f"level {n}")
    if n == 0:
        raise KeyError(n)
    try:
        level(n - 1)
    except KeyError:
        raise
try:
    level(2)
except KeyError as k:
    n = 0
    t = k.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("entries:", n)
print("end")
