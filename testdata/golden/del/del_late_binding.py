# __del__ is looked up on the type when the object dies, so adding it to
# the class later takes effect.
class Late:
    def __init__(self, name):
        self.name = name

a = Late("before patch")
def finalizer(self):
    print("__del__", self.name)
Late.__del__ = finalizer
b = Late("after patch")
del a
del b
print("end")
