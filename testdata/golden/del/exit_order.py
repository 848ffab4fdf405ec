# The order of the prints at exit: atexit first, then the finalizers of
# what the modules' teardown collects, in the order of the collector's
# list of unreachable objects (a module with no function of its own dies
# at once, its dict with it: its globals die in the dict's order), and
# nothing printed by a finalizer that runs once sys's own dict is wiped
# (sys.stdout is None by then): here the object kept by sys, and the
# global of a module it keeps alive.
import atexit
import sys

from exit_mods import plain
from exit_mods.kinds import Loud

atexit.register(print, "atexit ran")
a = Loud("main-a")
cyc = [Loud("main-in-cycle")]
cyc.append(cyc)
b = Loud("main-b")
sys.keep = Loud("kept-by-sys")
print("end of main")
