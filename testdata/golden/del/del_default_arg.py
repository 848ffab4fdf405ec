# A default argument value lives as long as the function object.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
def make():
    def f(x=Tracked("default value")):
        return x.name
    return f
g = make()
print("function made, default alive:", g())
del g
print("function deleted")
class Holder:
    def method(self, y=Tracked("method default")):
        return y.name
print(Holder().method())
del Holder
print("class deleted (its function is kept alive by the cycle until gc)")
import gc
gc.collect()
print("end")
