# Packages, submodules and relative imports at several levels.
import imp_mods.pkg
print(imp_mods.pkg.VERSION, imp_mods.pkg.helper())
from imp_mods.pkg.deep import leaf
print(leaf.LEAF, leaf.__name__)
from imp_mods.pkg import sub
print(sub.helper(), sub.__package__)
import imp_mods.pkg.deep as deep
print(deep.__name__, hasattr(deep, "leaf"))
print(sorted(n for n in vars(imp_mods.pkg) if not n.startswith("__")))
