# io.StringIO: writing, reading, seeking, lines, and use with print.
import io
buf = io.StringIO()
print(buf.write("hello "), buf.write("world\n"))
print("printed into buffer", 42, file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.read(5)), repr(buf.readline()), repr(buf.readline()), repr(buf.read()))
src = io.StringIO("line1\nline2\nline3")
print(src.readlines())
src.seek(0)
print([line.rstrip() for line in src])
s = io.StringIO("abc")
s.seek(0, 2)
s.write("def")
print(s.getvalue())
s.seek(1)
s.write("X")
print(s.getvalue())
s.truncate(3)
print(repr(s.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
