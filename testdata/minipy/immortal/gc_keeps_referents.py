# A mortal cycle referenced only from an immortal is not garbage: the
# collector counts the immortal's references as external, so the cycle's
# __del__s run only at exit.
import gc
import sys


class M:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("M.__del__", self.name)


p, q = M("p"), M("q")
p.q, q.p = q, p
anchor = [p]
sys._immortalize(anchor)
del p, q
gc.collect()
print("collected")
print("end")
