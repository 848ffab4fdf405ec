# Instances used as keys and values of an immortal dict are finalized at
# exit, in the dict's order.
import sys


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __del__(self):
        print("del", self.n)


d = {K(1): K(2), K(3): "v"}
sys._immortalize(d)
print(len(d))
