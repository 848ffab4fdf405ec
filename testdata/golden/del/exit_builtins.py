# At exit a value stored in builtins dies first (the builtins dict gets back
# its contents as set up, as CPython's finalize_restore_builtins), with every
# global whole, then the module teardown collects __main__'s; a builtin the
# program rebound is the original again by then.
import builtins
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, D.__name__)
a = D("main-global")
builtins.stash = D("in-builtins")
builtins.len = lambda x: 42
print("end", len([]))
