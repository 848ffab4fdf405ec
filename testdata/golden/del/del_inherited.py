# __del__ is inherited and can call super().__del__.
class Base:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Base.__del__", self.name)

class Child(Base):
    def __del__(self):
        print("Child.__del__", self.name)
        super().__del__()

class NoOverride(Base):
    pass

c = Child("child")
n = NoOverride("no override")
del c
del n
print("end")
