# The __del__ of an immortal never runs while the program runs: it runs
# once, at interpreter finalization, after the script's last line.
import gc
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


d = D("a")
sys._immortalize(d)
alias = d
del d
gc.collect()
del alias
gc.collect()
print("last line")
