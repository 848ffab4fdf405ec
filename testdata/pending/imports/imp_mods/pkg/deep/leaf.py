# A leaf module using a two-level relative import (..) of a sibling package module.
print("pkg.deep.leaf: __name__ =", __name__)
from ..constants import BASE
LEAF = "leaf+" + BASE
