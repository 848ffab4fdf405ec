# Adding a directory to sys.path makes its modules importable by plain name.
import sys
here = __file__.rsplit("/", 1)[0]
sys.path.insert(0, here + "/imp_mods")
import simple
print(simple.__name__, simple.double(21))
import imp_mods.simple
print("same file, different module names:", simple is imp_mods.simple)
sys.path.pop(0)
