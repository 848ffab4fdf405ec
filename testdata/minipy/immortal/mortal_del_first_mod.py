# A mortal global of __main__ whose class lives in another module: the
# immortal reaches that module's dict (D.__del__.__globals__) but not
# __main__'s, so the module teardown collects __main__'s dict and the
# mortal's __del__ runs there, with the module's globals whole, before the
# immortal's, which runs in the virtual GC's first phase.
import sys

from teardown_mods.loud import D

imm = D("immortal")
sys._immortalize(imm)
mortal = D("mortal")
print("end")
