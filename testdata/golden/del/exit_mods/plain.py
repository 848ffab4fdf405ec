# Imported by the del/exit_* goldens: no functions or classes, so nothing
# but the module itself holds this dict.
from exit_mods.kinds import Loud

first = Loud("plain-first")
second = Loud("plain-second")
