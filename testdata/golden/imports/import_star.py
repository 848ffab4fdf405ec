# from module import *: __all__ and private names.
from imp_mods.starmod import *
print(exported, also)
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
from imp_mods.simple import *
print(CONSTANT, double(1))
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
