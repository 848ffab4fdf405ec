# Module objects: __name__, __file__, __package__, __dict__, dir, attribute
# errors, and importing inside functions.
import imp_mods.simple as m
print(m.__name__, m.__package__, m.__file__.endswith("imp_mods/simple.py"), type(m.__dict__).__name__)
print([n for n in dir(m) if not n.startswith("__")])
try:
    m.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
def lazy():
    import math
    return math.sqrt(49)
print(lazy(), "math" in dir())
m.new_attr = "set from outside"
print(m.new_attr)
import imp_mods
print(imp_mods.__name__, imp_mods.__path__ is not None, imp_mods.simple is m)
