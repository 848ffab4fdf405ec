# At exit, a reference cycle left in __main__ whose __del__ uses module
# globals (a list, a function, an imported module): the modules leave
# sys.modules first, and the collection that follows finds __main__'s dict
# in a cycle with its functions and runs the finalizers with the globals
# still whole, so no NameError.
import sys

PREFIX = "del:"
log = []


def fmt(name):
    return "%s %s" % (PREFIX, name)


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        log.append(self.name)
        print(fmt(self.name), len(log), sys is not None, "sys" in sys.modules)


a = Node("a")
b = Node("b")
a.other = b
b.other = a
print("end of main")
