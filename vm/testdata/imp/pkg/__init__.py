NAME = "pkg"
from . import helper
from .helper import VALUE
print("pkg init", __name__, __package__)
