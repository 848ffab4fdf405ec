# A circular import between two modules sees partly initialised modules.
from imp_mods import circ_a
print(circ_a.A_LATE, circ_a.circ_b.B)
