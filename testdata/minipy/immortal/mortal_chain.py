# An immortal at the head of a long chain of mortal objects with __del__:
# every one is finalized exactly once at finalization (the walk is not
# recursive, so depth is no problem), then freed.
import sys


class Node:
    count = 0
    total = 2000

    def __init__(self, n, nxt):
        self.n, self.next = n, nxt

    def __del__(self):
        cls = type(self)
        cls.count += 1
        if cls.count == cls.total:
            print("all", cls.count, "finalized")


head = None
for i in range(Node.total):
    head = Node(i, head)
holder = [head]
del head
sys._immortalize(holder)
print("end")
