# __del__ on subclasses of built-in types.
class MyList(list):
    def __del__(self):
        print("MyList.__del__", list(self))

class MyDict(dict):
    def __del__(self):
        print("MyDict.__del__", dict(self))

class MyInt(int):
    def __del__(self):
        print("MyInt.__del__", int(self))

l = MyList([1, 2])
d = MyDict(a=1)
i = MyInt(1000)
print("dropping")
l = None
d = None
i = None
print("end")
