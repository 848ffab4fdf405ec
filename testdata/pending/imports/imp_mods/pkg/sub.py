# A submodule using relative imports from its parent and a sibling.
print("pkg.sub: __name__ =", __name__, "__package__ =", __package__)
from .deep import leaf
def helper():
    return "helper sees " + leaf.LEAF
