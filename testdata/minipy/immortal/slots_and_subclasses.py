# Instances with __slots__ and subclasses of built-in types, immortalized,
# finalized once at exit.
import sys


class S:
    __slots__ = ("a", "b")

    def __del__(self):
        print("S.__del__", self.a, self.b)


class MyList(list):
    def __del__(self):
        print("MyList.__del__", len(self))


class MyDict(dict):
    def __del__(self):
        print("MyDict.__del__", sorted(self))


s = S()
s.a, s.b = 1, [2]
ml = MyList([1, 2, 3])
md = MyDict(x=1, y=2)
for o in (s, ml, md):
    print(sys._immortalize(o))
ml.append(ml)
print("end")
