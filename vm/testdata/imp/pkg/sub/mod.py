from ..helper import f as hf
from .. import NAME
__all__ = ["public"]
def public():
    return "public " + NAME + " " + hf()
def _private():
    pass
def who():
    return __name__
