# A generator's frame locals die when it is closed or exhausted; close()
# runs finally blocks first.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def gen(tag):
    held = Tracked(tag)
    try:
        yield 1
        yield 2
    finally:
        print("finally in", tag)

g = gen("closed")
print(next(g))
print("closing")
g.close()
print("closed")

g2 = gen("exhausted")
for v in g2:
    print("value", v)
print("loop done")

g3 = gen("dropped")
next(g3)
print("dropping a suspended generator")
g3 = None
print("end")
