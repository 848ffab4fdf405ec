# struct: native and standard sizes, alignment, every code (half floats too), Struct, pack_into/unpack_from/iter_unpack, errors.
import struct as s
print(s.pack('<i', -2), s.pack('>I', 258), s.pack('=h', 1), s.pack('!q', -1), s.pack('@ci', b'x', 7), s.pack('<?bB', [], -1, 255), s.pack('<hHl', -3, 65535, 2**31 - 1))
print(s.pack('<fd', 1.5, -0.1), s.pack('<e', 1.0), s.pack('<e', 65504), s.pack('<e', 6e-8), s.pack('<e', -0.0), s.pack('>e', 0.1), s.pack('<e', float('inf')), s.pack('<e', float('nan')))
print(s.unpack('<e', b'\x00\x3c'), s.unpack('<e', b'\x66\x2e'), s.unpack('<e', b'\x01\x00'), s.unpack('<f', s.pack('<f', 0.1)), s.unpack('<d', s.pack('<d', 0.1)))
print(s.pack('5s', b'ab'), s.pack('3p', b'abcd'), s.unpack('3p', b'\x05ab'), s.unpack('<2h', b'\x01\x00\xff\xff'), s.pack('2x'), s.pack('P', -1), s.unpack('>?', b'\x02'))
print(s.calcsize('ci'), s.calcsize('<ci'), s.calcsize('@iq'), s.calcsize('bhiq'), s.calcsize('qb'), s.calcsize('3s2p'), s.calcsize(' i i'), s.calcsize('0i'), s.calcsize('@cxhxi'))
print(s.unpack('@bhiq', s.pack('@bhiq', 1, 2, 3, 4)), s.unpack('<qQ', s.pack('<qQ', -2**63, 2**64 - 1)), s.unpack('>Ll', b'\xff' * 8))
st = s.Struct('<ih')
print(st.size, st.format, st.pack(5, -1), st.unpack(b'\x05\x00\x00\x00\xff\xff'), list(st.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)), st.unpack_from(b'xx\x07\x00\x00\x00\x08\x00', 2))
ba = bytearray(8); s.pack_into('<h', ba, 2, 513); st.pack_into(ba, 0, 1, 2); print(ba, s.unpack_from('<h', ba, offset=2), s.unpack_from('<h', b'abcd', -2))
print(s.Struct(b'<i').format, s.pack(b'<i', 1), s.unpack('<i', memoryview(b'\x01\x00\x00\x00')), s.unpack('<i', bytearray(b'\x01\x00\x00\x00')))
tests = ['s.pack("b",200)','s.pack("B",-1)','s.pack("h",70000)','s.pack("H",-1)','s.pack("i",2**31)','s.pack("I",-1)','s.pack("l",2**63)','s.pack("q",2**63)','s.pack("<h",70000)','s.pack("<H",-1)','s.pack("<i",2**31)','s.pack("<I",2**32)','s.pack("<l",2**31)','s.pack("<q",2**63)','s.pack("<Q",-1)','s.pack(">b",200)','s.pack("i",1.5)','s.pack("i","a")','s.pack("c","a")','s.pack("c",b"ab")','s.pack("s",1)','s.pack("f","x")','s.pack("z",1)','s.pack("3")','s.pack("i")','s.pack("i",1,2)','s.unpack("i",b"ab")','s.calcsize("<n")','s.pack("e",1e10)','s.pack("<f",1e300)','s.unpack_from("i",b"abcd",2)','s.pack_into("i",bytearray(2),0,1)','s.iter_unpack("i",b"abc")','s.Struct(1)','s.pack(1)','s.unpack("i", 5)']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__module__ + '.' + type(e).__name__, e)
print(s.error, s.error.__mro__, s.__all__)
