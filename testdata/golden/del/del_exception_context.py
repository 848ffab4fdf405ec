# Exceptions store their traceback; a saved exception keeps frame locals
# alive until it is released, including via __context__.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def inner():
    x = Tracked("inner local")
    raise ValueError("inner")

def outer():
    y = Tracked("outer local")
    try:
        inner()
    except ValueError:
        raise KeyError("outer")

try:
    outer()
except KeyError as e:
    kept = e
print("handler done; context kept:", repr(kept.__context__))
kept.__context__ = None
print("context cleared")
kept = None
print("end")
