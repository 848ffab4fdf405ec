# A context manager object dies after the with block when nothing else
# refers to it; `as` targets keep what __enter__ returned.
class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return Resource(self.name + "-resource")
    def __exit__(self, *exc):
        print("exit", self.name)
    def __del__(self):
        print("__del__ manager", self.name)

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ resource", self.name)

with Manager("m1") as r:
    print("body uses", r.name)
print("after with, r still bound")
r = None
print("r dropped")
with Manager("m2"):
    print("body without as")
print("end")
