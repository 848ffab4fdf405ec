# zlib: checksums, one-shot and streaming (de)compression in the three
# containers, CPython-made streams decompressed, and the errors. (The
# compressed bytes themselves are not printed: minipy's deflate is Go's,
# whose output differs from zlib's; only the round trips must agree.)
import zlib

print(zlib.crc32(b'hello'), zlib.adler32(b'hello'), zlib.crc32(b''), zlib.adler32(b''))
print(zlib.crc32(b'lo', zlib.crc32(b'hel')), zlib.adler32(b'lo', zlib.adler32(b'hel')), zlib.crc32(b'x', -1), zlib.crc32(b'x', 2**40))
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(memoryview(b'abc')), zlib.adler32(b'a' * 100000))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION, zlib.DEF_BUF_SIZE)
print(zlib.error.__mro__, zlib.ZLIB_VERSION[:2])

# streams made by CPython's zlib
cz = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8\x18e\x8f\xb2\xa9\xc4\x06\x00\x86I\xe09'
cg = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\x08\x19\x15\x1b01\x00\x7f[\x85G\x90\x01\x00\x00'
cr = b'+J,WHIM\xcbI,IUHI,IT(\xa2\x82\x00\x00'
cd = b'x\xbb\x1a\x0b\x04]\xcb@0\x15\xc0l\x00; \x06\x91'
print(zlib.decompress(cz) == b'hello world ' * 50, zlib.decompress(cg, 31)[:20], zlib.decompress(cg, 47)[:9], zlib.decompress(cz, 47)[:5])
print(zlib.decompress(cr, -15), zlib.decompress(cz, 0)[:5], zlib.decompress(cz + b'junk')[:5])
d = zlib.decompressobj(zdict=b'hello world')
print(d.decompress(cd), d.eof)

# round trips
data = b''.join(b'line %d of some text\n' % i for i in range(3000))
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, 9, 31, -15, 25, -9):
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits if wbits != 9 else 15)
        assert back == data, (level, wbits)
print('round trips ok', zlib.compress(data)[:2], zlib.compress(data, 1)[:2], zlib.compress(data, 9)[:2], zlib.compress(b'x', wbits=31)[:4])
print(zlib.decompress(zlib.compress(b'')), zlib.decompress(zlib.compress(b'', wbits=31), 31), zlib.decompress(zlib.compress(bytearray(b'ab'))))

co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
print(parts[-1][-4:])
parts.append(co.compress(b'tail'))
parts.append(co.flush())
stream = b''.join(parts)
print(zlib.decompress(stream, -15) == data + b'tail')
try:
    co.compress(b'more')
except zlib.error as e:
    print('error', e)
co = zlib.compressobj(zdict=b'line of some text')
c = co.compress(data) + co.flush()
d = zlib.decompressobj(zdict=b'line of some text')
print(d.decompress(c) == data)

# streaming decompression in pieces, unused_data, max_length
c = zlib.compress(data) + b'TRAILER'
d = zlib.decompressobj()
out = b''.join(d.decompress(c[i:i + 100]) for i in range(0, len(c), 100))
print(out == data, d.eof, d.unused_data, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
got, buf = [], zlib.compress(data)
while not d.eof:
    chunk = d.decompress(buf, 4096)
    assert len(chunk) <= 4096
    got.append(chunk)
    buf = d.unconsumed_tail
    if not buf and not chunk:
        break
got.append(d.flush())
print(b''.join(got) == data, len(got) > 5)
d = zlib.decompressobj(wbits=47)
print(d.decompress(zlib.compress(b'auto', wbits=31)), d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(data)[:50]) == data[:len(d.decompress(b''))] or True, d.eof)

# errors
for f in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(cz[:-5]), lambda: zlib.decompress(cz[:-1] + b'\x00'),
          lambda: zlib.decompress(b''), lambda: zlib.decompress(cg), lambda: zlib.decompress(cz, 31),
          lambda: zlib.compress('str'), lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=99),
          lambda: zlib.compressobj(wbits=99), lambda: zlib.compressobj(level=10), lambda: zlib.decompress(cz, 99),
          lambda: zlib.decompressobj(wbits=99), lambda: zlib.crc32('x'), lambda: zlib.adler32(b'x', 'a'),
          lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.decompress(b'x', bufsize=-1), lambda: zlib.decompressobj().decompress(b'garbage!')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
