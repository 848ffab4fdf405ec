def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("repr:", e)
class B:
    def __getattr__(self, name):
        return self.missing
try:
    B().x
except RecursionError as e:
    print("getattr:", e)
def gen():
    yield from gen()
try:
    next(gen())
except RecursionError as e:
    print("gen:", e)
class C:
    def __eq__(self, o):
        return self == o
try:
    C() == C()
except RecursionError as e:
    print("eq:", e)
l = []
l.append(l)
print(repr(l))
d = {}
d[1] = d
print(d)
def g():
    g()
g()
