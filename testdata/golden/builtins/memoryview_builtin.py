# memoryview over bytes and bytearray: indexing, slicing, writing through.
data = bytearray(b"abcdef")
mv = memoryview(data)
print(mv[0], mv[-1], bytes(mv[1:4]), mv.tobytes(), mv.tolist(), len(mv))
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data, mv.readonly, mv.nbytes, mv.itemsize, mv.format)
ro = memoryview(b"xyz")
print(ro.readonly, bytes(ro[::-1]), ro == b"xyz", ro.hex())
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    mv[1:3] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
with memoryview(b"ctx") as m:
    print(bytes(m))
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
mv.release()
print("released")
