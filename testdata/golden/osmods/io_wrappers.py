# io: TextIOWrapper and Buffered* over Python binary streams, file modes, StringIO/BytesIO details, open's text options.
import io
b = io.BytesIO(b'a\r\nb\nc\xc3\xa9\n')
t = io.TextIOWrapper(b)
print(repr(t.read()), t.encoding, repr(t))
b = io.BytesIO(b'line1\nline2\n')
t = io.TextIOWrapper(b, encoding='utf-8')
print(t.readline(), list(t))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='latin-1', newline='\r\n')
t.write('x\ny\xe9\n')
t.flush()
print(b.getvalue(), t.buffer is b)
t.close(); print(b.closed, t.closed)
b = io.BytesIO(b'abc')
with io.TextIOWrapper(b, newline='') as t:
    print(t.readable(), t.writable(), repr(t.read(2)), repr(t.read()))
try: io.TextIOWrapper(io.BytesIO(), encoding='nope')
except LookupError as e: print(e)
try: io.TextIOWrapper(io.BytesIO(), newline='x')
except ValueError as e: print(e)
class R(io.RawIOBase):
    def __init__(self): self.d = b'raw data\nmore\n'
    def readable(self): return True
    def readinto(self, buf):
        n = min(len(buf), 3, len(self.d)); buf[:n] = self.d[:n]; self.d = self.d[n:]; return n
print(io.TextIOWrapper(io.BufferedReader(R())).read() if hasattr(io, 'BufferedReader') else None)
import os, tempfile
s = io.StringIO('a\nb\r\nc\rd')
print(s.readlines(), s.tell(), s.seek(0), s.readline(), s.read(2), s.seek(0, 2), s.truncate(3), s.getvalue())
s = io.StringIO(newline=None); s.write('x\r\ny\rz\n'); print(repr(s.getvalue()))
s = io.StringIO('abc', newline=''); print(repr(s.read()), s.newlines if hasattr(s,'newlines') else '')
for f in [lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1), lambda: io.StringIO(b'x'), lambda: io.StringIO().write(b'x'), lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(0, 3)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b'0123456789')
print(b.seek(-3, 2), b.read(), b.seek(2), b.seek(2, 1), b.read(2), b.tell(), b.truncate(), b.getvalue(), b.readinto(bytearray(3)))
b.seek(0); ba = bytearray(4); print(b.readinto(ba), ba, b.read1(2), b.readline(), b.readlines())
b = io.BytesIO(b'x\ny\nz'); print(b.readlines(3), list(b), b.getbuffer().nbytes)
class MyIO(io.IOBase):
    def __init__(self): self.data = [b'line1\n', b'line2\n']
    def readable(self): return True
    def read(self, n=-1):
        return self.data.pop(0)[:1] + b'' if False else (self.data[0][:1] if self.data else b'') and self._take()
    def _take(self):
        c = self.data[0][:1]; self.data[0] = self.data[0][1:]
        if not self.data[0]: self.data.pop(0)
        return c
m = MyIO(); print(m.readline(), list(m), m.closed); m.close(); print(m.closed)
d = tempfile.mkdtemp(); p = os.path.join(d, 'f.txt')
with io.open(p, 'w', encoding='latin-1', newline='\r\n') as f: f.write('é\nx\n')
print(open(p, 'rb').read(), repr(open(p, encoding='latin-1').read()), repr(open(p, encoding='latin-1', newline='').read()))
with open(p, 'w', encoding='ascii', errors='replace') as f: f.write('é!')
print(open(p, 'rb').read())
with open(p, 'wb') as f: f.write(b'\xff\xfeabc')
print(repr(open(p, errors='ignore').read()), repr(open(p, errors='surrogateescape').read()))
try: open(p).read()
except UnicodeDecodeError as e: print(e)
with open(p, 'r+b') as f: print(f.mode, f.read(2), f.seek(0), f.write(b'ZZ'), f.tell())
with open(p, 'rb', buffering=0) as f: print(type(f).__name__, f.mode, f.readall())
os.remove(p); os.rmdir(d)
class W(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b): self.chunks.append(bytes(b)); return len(b)
w = W()
bw = io.BufferedWriter(w, buffer_size=4)
bw.write(b'ab'); bw.write(b'cdefgh'); bw.flush()
print(b''.join(w.chunks), bw.raw is w, bw.writable(), bw.readable())
t = io.TextIOWrapper(io.BufferedWriter(W()), encoding='utf-8', line_buffering=True)
t.write('one\ntwo')
print(t.buffer.raw.chunks, t.line_buffering)
t.close()
for f in [lambda: io.BufferedWriter(io.BytesIO(b'x'), buffer_size=0), lambda: io.BufferedReader(W()), lambda: io.TextIOWrapper(io.BytesIO(), encoding=5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'g')
for m in ['w+b', 'r+b', 'a+b', 'wb', 'ab', 'w+', 'x+b']:
    if m.startswith('x'):
        os.remove(p)
    with open(p, m) as f:
        print(m, f.mode, type(f).__name__)
with open(p, 'wb') as f:
    f.write('naïve\nline2\n'.encode())
with open(p, 'rb') as raw:
    t = io.TextIOWrapper(raw, encoding='utf-8')
    print(t.readline(), t.read(), repr(t).startswith('<_io.TextIOWrapper name='))
os.remove(p)
os.rmdir(d)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8')
t.write('héllo\nworld\n')
print(t.tell(), t.seekable(), t.seek(0), t.readline(), t.tell(), t.read(), t.seek(0, 2))
t.seek(7)
print(repr(t.read(3)), b.getvalue())
raw = t.detach()
print(raw is b, b.closed)
try:
    t.read()
except ValueError as e:
    print('ValueError')
