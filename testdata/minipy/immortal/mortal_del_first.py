# A mortal global's __del__ runs at module teardown, before any immortal's
# (which runs after the teardown, in the virtual GC's first phase), when
# the teardown reaches it: __main__'s dict is collected at teardown unless
# something alive holds it. Here the immortal does (its class's __del__
# has __main__'s dict as __globals__), so the dict outlives the teardown,
# as in CPython's finalize_modules (which wipes the modules still alive,
# not the dicts of dead ones), and the mortal is finalized in phase 1 as
# what the immortal reaches, after the immortal. mortal_del_first_mod.py
# has a mortal global the teardown does reach.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


imm = D("immortal")
sys._immortalize(imm)
mortal = D("mortal")
print("end")
