# An immortalized class keeps working; its instances (mortal or immortal)
# are destroyed before it at finalization.
import sys


class Base:
    def hello(self):
        return "hello from " + type(self).__name__


class K(Base):
    def __del__(self):
        print("K.__del__", self.tag)


print(sys._immortalize(K), sys._immortalize(K))
k = K()
k.tag = "mortal"
print(k.hello())
del k
i = K()
i.tag = "immortal"
sys._immortalize(i)
K.registry = [i]
print(K.__mro__[1].__name__, sys._is_immortal(K), sys._is_immortal(Base))
print("end")
