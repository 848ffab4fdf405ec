# Pickling instances, classes and functions of an imported module: the
# module's dotted name goes into the pickle.
import pickle
import sys

from pickle_mods import shapes
from pickle_mods.shapes import Point, Box, area

b = Box(Point(0, 0), Point(3, 4))
for p in (0, 1):
    try:
        pickle.dumps(b, p)
    except TypeError as e:
        print(p, "TypeError", e)
for p in range(2, 6):
    data = pickle.dumps([b, area, Box.Corner, Point(1, 2), shapes.Error("bad", 3)], p)
    print(p, data)
    b2, f, corner, pt, err = pickle.loads(data)
    print(" ", f(b2), f is area, corner is Box.Corner, pt == Point(1, 2), type(err).__name__, err.args)

# unpickling imports the module when it is not loaded yet
data = pickle.dumps(Point(5, 6), 2)
del sys.modules["pickle_mods.shapes"]
pt = pickle.loads(data)
print(type(pt).__module__, pt.x, pt.y, type(pt) is Point, "pickle_mods.shapes" in sys.modules)
