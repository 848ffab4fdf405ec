# Modules are singletons: state changes are seen through every import path.
import imp_mods.counter
from imp_mods import counter as c2
from imp_mods.counter import bump
bump()
bump()
print(imp_mods.counter.count, c2.count)
c2.count = 100
print(imp_mods.counter.bump())
from imp_mods.counter import count
print("from-import copies the binding:", count)
imp_mods.counter.count = 0
print(count, imp_mods.counter.count)
