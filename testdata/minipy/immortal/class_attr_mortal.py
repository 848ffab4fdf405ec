# A mortal instance held only by an immortal class's attribute is
# finalized at exit, after the module's teardown.
import sys


class K:
    def __del__(self):
        print("K instance", self.tag)


sys._immortalize(K)
K.keep = K()
K.keep.tag = "kept"
print("end")
