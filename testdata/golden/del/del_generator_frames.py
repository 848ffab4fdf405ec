# Generator frames: a traceback through a generator keeps its locals; a
# saved gi_frame keeps them after the generator finished.
import sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
    def __repr__(self): return f"T({self.n})"

def gen():
    a = T("gen local")
    yield 1
    raise ValueError("from gen")

g = gen()
print(next(g))
print("suspended:", sorted(g.gi_frame.f_locals), g.gi_frame.f_lineno, g.gi_frame is g.gi_frame)
try:
    next(g)
except ValueError as e:
    print("caught; gi_frame:", g.gi_frame)
    saved = e
print("generator finished, traceback saved")
del g
print("generator deleted")
saved = None
print("traceback dropped")

def gen2():
    b = T("gen2 local")
    yield 1
    yield 2
g = gen2()
next(g)
fr = g.gi_frame
g.close()
print("closed; frame kept:", fr.f_code.co_name, sorted(fr.f_locals))
del g
print("generator deleted")
del fr
print("frame dropped")

def gen3():
    c = T("gen3 local")
    yield 1
g = gen3()
next(g)
print("dropping a suspended generator")
g = None
print("dropped")

def gen4():
    d = T("gen4 local")
    yield 1
g = gen4()
next(g)
fr = g.gi_frame
try:
    fr.clear()
except RuntimeError as e:
    print("clear:", e)
print("after frame.clear(): suspended?", g.gi_suspended, g.gi_frame)
del fr, g

def raising_gen():
    e = T("raising gen local")
    yield 1
    1 / 0
def consumer():
    f = T("consumer local")
    for x in raising_gen():
        pass
try:
    consumer()
except ZeroDivisionError as exc:
    t = exc.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
print("end")
