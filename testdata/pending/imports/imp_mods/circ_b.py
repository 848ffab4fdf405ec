print("circ_b: start")
from . import circ_a
print("circ_b sees A_EARLY =", circ_a.A_EARLY, "has A_LATE:", hasattr(circ_a, "A_LATE"))
B = "b"
