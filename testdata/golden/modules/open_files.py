# open(): write a text file, read it back in several ways, append, binary
# mode, and errors. The file lives in the current directory and is removed.
import os
name = "minipy_golden_open_files.tmp"
with open(name, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable())
    f.write("second line\n")
    print("third", 3, file=f)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print([line.rstrip("\n") for line in f])
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5])
with open(name, "wb") as f:
    f.write(b"\x00\x01binary")
with open(name, "rb") as f:
    print(f.read())
f = open(name, "r", encoding="utf-8")
print(f.closed, f.name == name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
try:
    open(name)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open(name, "q")
except ValueError as e:
    print(type(e).__name__, e)
