# bytearray: mutable bytes, methods and errors.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba), ba[1], ba[-3:])
ba[1:5] = b"ELLO"
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 72)
ba.reverse()
print(ba, bytes(ba), ba.decode(), ba.upper())
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"ab") + b"cd")
ba2 = bytearray(b"abc")
ba2 *= 2
ba2 += b"!"
print(ba2, ba2.count(b"a"), ba2.find(b"c"), ba2.replace(b"b", b"B"))
for op in (lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, "a"), lambda: bytearray().pop(), lambda: ba.remove(0)):
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(bytearray(b"x") == b"x", hash(b"x") == hash(b"x"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
