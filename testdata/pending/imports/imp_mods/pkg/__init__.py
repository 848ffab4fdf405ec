# A package whose __init__ imports a submodule relatively.
print("pkg/__init__: __name__ =", __name__, "__package__ =", __package__)
from .sub import helper
from . import sub as _sub
VERSION = "1.0"
