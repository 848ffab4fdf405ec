# Circular import: circ_a imports circ_b, which imports circ_a back while
# circ_a is still only partly initialised.
print("circ_a: start")
A_EARLY = "a-early"
from . import circ_b
A_LATE = "a-late"
print("circ_a: end, circ_b.B =", circ_b.B)
