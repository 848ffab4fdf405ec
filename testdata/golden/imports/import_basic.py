# import and from-import of a module in a package next to the script.
import imp_mods.simple
print(imp_mods.simple.CONSTANT, imp_mods.simple.double(4), imp_mods.simple.Thing())
from imp_mods.simple import double, CONSTANT as C
print(double(5), C)
from imp_mods import simple as s
print(s is imp_mods.simple, s.__name__, type(s).__name__)
import imp_mods.simple as again
print("second import does not re-run the module:", again is s)
import sys
print("imp_mods.simple" in sys.modules, sys.modules["imp_mods.simple"] is s)
