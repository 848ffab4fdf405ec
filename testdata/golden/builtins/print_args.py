# print with sep, end, file and flush, and printing many kinds of objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], {"k": 1}, (2,), sep=" | ")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout, flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("multi\nline")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("captured", 42, file=sink)
print(sink.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=42)
except AttributeError as e:
    print(type(e).__name__, e)
