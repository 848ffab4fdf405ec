import os
import sys
import threading

r, w = os.pipe()
print(type(r), r != w)
print(os.write(w, b"hello "), os.write(w, bytearray(b"world")), os.write(w, memoryview(b"!\n")))
print(os.read(r, 5), os.read(r, 100))
d = os.dup(w)
os.write(d, b"via dup")
os.close(d)
print(os.read(r, 3), os.read(r, 1000))
os.close(w)
print(os.read(r, 10))
os.close(r)
bad_fd = 1 << 20  # never open (a closed fd's number may be reused at once)
for bad in (lambda: os.close(bad_fd), lambda: os.read(bad_fd, 1), lambda: os.write(bad_fd, b"x"), lambda: os.dup(bad_fd)):
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
for bad in (lambda: os.read("x", 1), lambda: os.write(1, "str"), lambda: os.close(2**40)):
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

r, w = os.pipe()
with os.fdopen(w, "w") as f:
    f.write("line one\nline two\n")
with os.fdopen(r) as f:
    print(f.read().splitlines())

r, w = os.pipe()
wf = os.fdopen(w, "wb", buffering=0)
rf = os.fdopen(r, "rb")
wf.write(b"abc")
wf.close()
print(rf.read())
rf.close()

# A blocked os.read lets other threads run.
r, w = os.pipe()
out = []
def writer():
    out.append("writer ran")
    os.write(w, b"from thread")
t = threading.Thread(target=writer)
t.start()
out.append(os.read(r, 100))
t.join()
print(out)
os.close(r)
os.close(w)

r, w = os.pipe()
spare, spare_w = os.pipe()
os.close(spare_w)
r2 = os.dup2(r, spare)  # spare now reads r's pipe
print(r2 == spare, os.isatty(r2), os.dup2(r2, r2) == r2)
os.write(w, b"x")
print(os.read(spare, 1))
for fd in (r, w, r2):
    os.close(fd)
print(os.read(0, 0) if False else "ok")
