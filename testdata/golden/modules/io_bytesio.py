# io.BytesIO: binary buffers, reading, seeking and getbuffer.
import io
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytes([0, 255])), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(2), b.read(), b.read(), b.seek(1), b.read(1))
r = io.BytesIO(b"one\ntwo\n")
print(r.readline(), r.readlines())
r.seek(0)
print(list(r))
w = io.BytesIO(b"0123456789")
w.seek(3)
w.write(b"XYZ")
print(w.getvalue(), len(w.getbuffer()))
with io.BytesIO(b"data") as ctx:
    print(ctx.read())
print(ctx.closed)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ctx.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
