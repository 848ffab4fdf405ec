# The io classes: in-memory streams and the file objects open() makes in
# text and binary modes (reading this script, writing to /dev/null).
import io

s = io.StringIO("first\nsecond\n")
print(type(s).__name__, s.readline(), s.read(), s.tell())
s.write("third")
print(repr(s.getvalue()))
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(type(b).__name__, b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read())

with open(__file__) as f:
    print(type(f).__name__, f.mode, f.readable(), f.writable(), repr(f.readline()))
    print(isinstance(f, io.TextIOWrapper))
with open(__file__, "rb") as f:
    print(type(f).__name__, f.mode, repr(f.read(12)), isinstance(f, io.BufferedReader))
with open("/dev/null", "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"xyz"), isinstance(f, io.BufferedWriter))
with open("/dev/null", "w") as f:
    print(type(f).__name__, f.write("text"))
print(f.closed)
try:
    f.write("late")
except ValueError as e:
    print(type(e).__name__, e)
