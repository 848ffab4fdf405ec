# Subclasses of io's base classes, sys.stdout.buffer keeping the order of
# text and bytes, io.FileIO.
import io, sys
class Up(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
    def writable(self):
        return True
u = Up()
print("hello", "world", file=u)
print(u.parts, u.closed, u.readable(), u.writable(), isinstance(u, io.IOBase))
with u:
    pass
print(u.closed)
try:
    u.flush()
except ValueError as e:
    print(e)
class Lines(io.RawIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b''
print(list(Lines([b'a\n', b'b\n'])))
sys.stdout.write("text then ")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
print(io.text_encoding(None), io.text_encoding('utf-8'))
print([c.__name__ for c in io.StringIO.__mro__])
f = io.FileIO('minipy_fileio.tmp', 'w')
print(type(f).__name__, f.write(b'abc'), f.mode)
f.close()
print(open('minipy_fileio.tmp', 'rb', buffering=0).read())
import os; os.remove('minipy_fileio.tmp')
