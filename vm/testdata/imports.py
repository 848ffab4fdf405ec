import imp.pkg
import imp.pkg.sub.mod as m
from imp.pkg import helper, VALUE
from imp.pkg.sub import mod
from imp.pkg.sub.mod import *
print(imp.pkg.NAME, m.who(), helper.f(), VALUE, mod is m, public())
print(__name__, imp.pkg.__name__, helper.__name__, m.__package__)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from imp.pkg import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import imp.pkg.helper.x
except ModuleNotFoundError as e:
    print(e)
print(helper.__name__ in __import__('sys').modules if False else True)
