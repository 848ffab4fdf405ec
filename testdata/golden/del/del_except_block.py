# The exception bound by `except ... as e` holds a traceback, which holds
# the frames, which hold their locals: they are released at the end of the
# except block, when `e` is deleted.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def fail():
    local = Tracked("in failing frame")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("in handler:", e)
print("after handler")

def fail2():
    local = Tracked("second frame")
    raise KeyError("k")
try:
    fail2()
except KeyError:
    print("handler without a name")
print("after second handler")

saved = None
def fail3():
    local = Tracked("saved frame")
    raise TypeError("t")
try:
    fail3()
except TypeError as e:
    saved = e
print("exception saved: frame still alive")
saved = None
print("end")
