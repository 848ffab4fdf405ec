# gzip: one-shot compress/decompress, GzipFile and gzip.open in binary and
# text modes, members, headers, seeking, and the errors. (The deflate
# bytes differ from CPython's zlib: only header fields and round trips
# are printed, plus streams made by CPython decompressed.)
import gzip, io, os, tempfile, zlib

data = b''.join(b'row %d: some repeated payload\n' % i for i in range(2000))
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data, zlib.decompress(c, 31) == data)
print(gzip.compress(b'x', 1, mtime=12345)[:10], gzip.compress(b'', mtime=0)[:10], gzip.decompress(gzip.compress(b'')))
print(gzip.decompress(gzip.compress(b'a', mtime=0) + b'\0\0' + gzip.compress(b'b', mtime=0)))
# made by CPython: gzip.compress(b'hello gzip\n' * 3, mtime=0) and a named member
cp = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\xcbH\xcd\xc9\xc9WH\xaf\xca,\xe0\xca\xc0\xca\x04\x00:\xa7h\xcc!\x00\x00\x00'
print(gzip.decompress(cp), zlib.decompress(cp, 47)[:5])
named = b'\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\xfffoo.txt\x00\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
g = gzip.GzipFile(fileobj=io.BytesIO(named))
print(g.read(), g.mtime, g.mode == gzip.READ, g.readable(), g.writable(), g.seekable())

buf = io.BytesIO()
with gzip.GzipFile(filename='foo.txt.gz', mode='wb', fileobj=buf, mtime=0) as w:
    print(w.write(b'hello'), w.write(memoryview(b' world')), w.tell(), w.mode == gzip.WRITE)
raw = buf.getvalue()
print(raw[:18], gzip.decompress(raw))

base = tempfile.mkdtemp()
try:
    p = os.path.join(base, 'f.gz')
    with gzip.open(p, 'wb') as f:
        f.write(data)
    with open(p, 'rb') as f:
        head = f.read(10)
    print(head[:4], head[8:])
    with gzip.open(p) as f:
        print(f.read(12), f.tell(), f.readline(), f.peek(3)[:3], len(f.read()), f.tell() == len(data))
        print(f.seek(5), f.read(3), f.seek(3, 1), f.read(2), f.seek(-5, 2) == len(data) - 5, f.read())
    with gzip.open(p, 'rb') as f:
        lines = list(f)
    print(len(lines), lines[1], f.closed)
    with gzip.open(p, 'rt', encoding='utf-8') as t:
        print(repr(t.readline()), sum(1 for _ in t))
    with gzip.open(p, 'wt', newline='\r\n') as t:
        t.write('café\nbar\n')
    with gzip.open(p, 'rb') as f:
        print(f.read())
    with gzip.open(p, 'rt') as t:
        print(t.read().splitlines())
    with gzip.open(p, 'ab') as f:
        f.write(b'appended\n')
    print(gzip.open(p).read())
    with open(p, 'rb') as fo:
        print(gzip.GzipFile(fileobj=fo).read(4), gzip.open(fo).name.endswith('f.gz'))
    fn = os.path.join(base, 'named.txt.gz')
    with gzip.GzipFile(fn, 'w', mtime=7) as w:
        w.write(b'x')
    print(open(fn, 'rb').read()[3:19])
    with gzip.open(fn) as r:
        r.read()
        print(r.mtime, r.name.endswith('named.txt.gz'))
finally:
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)

c3 = gzip.compress(b'abc', mtime=0)
for f in [lambda: gzip.decompress(b'hello'), lambda: gzip.decompress(c3[:-3]), lambda: gzip.decompress(c3[:-8] + b'\0' * 8),
          lambda: gzip.decompress(c3[:-4] + b'\0' * 4), lambda: gzip.GzipFile(fileobj=io.BytesIO(c3[:-8] + b'\1\0\0\0' + c3[-4:])).read(),
          lambda: gzip.open('x', 'rbt'), lambda: gzip.open('x', 'rb', encoding='u'), lambda: gzip.open(3.5),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'), lambda: gzip.decompress(b''), lambda: gzip.GzipFile(fileobj=io.BytesIO(b'')).read(),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='wb').read(), lambda: gzip.GzipFile(fileobj=io.BytesIO(c3)).write(b'x'),
          lambda: gzip.decompress(c3[:5])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(gzip.BadGzipFile.__mro__)
