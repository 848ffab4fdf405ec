# Immortalizing the interpreter's own tables (sys.modules, the builtins
# dict, the __main__ globals, an identifier string of loaded code, an
# interned string) is harmless: they are destroyed last, with zero leaks.
import sys


class D:
    def __del__(self):
        print("D.__del__", self.where)


def uses_ident():
    return "hello_ident"


sys._immortalize(sys.modules)
sys._immortalize(__builtins__.__dict__ if hasattr(__builtins__, "__dict__") else __builtins__)
g = globals()
sys._immortalize(g)
sys._immortalize(uses_ident())
sys._immortalize(uses_ident)
s = sys.intern("".join(["inter", "ned_str"]))
sys._immortalize(s)
d = D()
d.where = "in the immortal globals"
print(sys._is_immortal(g), sys._is_immortal(sys.modules), uses_ident())
