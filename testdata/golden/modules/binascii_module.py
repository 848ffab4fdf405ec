import binascii as b
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b.a2b_base64(b'=abc', strict_mode=True))
t(lambda: b.a2b_base64(b'ab==', strict_mode=True))
t(lambda: b.a2b_base64(b'ab===', strict_mode=True))
t(lambda: b.a2b_base64(b'ab==cd', strict_mode=True))
t(lambda: b.a2b_base64(b'ab=c=', strict_mode=True))
t(lambda: b.a2b_base64(b'ab!c', strict_mode=True))
t(lambda: b.a2b_base64(b'abcd====', strict_mode=True))
t(lambda: b.a2b_base64(b'abcde')); t(lambda: b.a2b_base64(b'abcdef')); t(lambda: b.a2b_base64(b'ab=c=d')); t(lambda: b.a2b_base64(b'a!b@c#d$'))
t(lambda: b.a2b_base64('abcé')); t(lambda: b.a2b_base64(5)); t(lambda: b.b2a_base64('x')); t(lambda: b.a2b_base64('aGVsbG8gd29ybGQ=\n')); t(lambda: b.a2b_base64(b'aGVsbG8=aGVsbG8='))
for data in [b'', b'a', b'ab', b'abc', b'hello world', bytes(range(256))[:70], bytearray(b'xyz'), memoryview(b'mv')]:
    e = b.b2a_base64(data)
    print(e, b.b2a_base64(data, newline=False), b.a2b_base64(e) == bytes(data), b.hexlify(data)[:40], b.crc32(data), b.crc_hqx(data, 0), b.crc_hqx(data, 0xffff))
t(lambda: b.hexlify(b'abc', 'xx')); t(lambda: b.hexlify(b'abcdef', ':', -2)); t(lambda: b.hexlify(b'abcdef', b':', 2)); t(lambda: b.hexlify(b'abcdefg', '-', 3)); t(lambda: b.hexlify(b'abcdefg', '-', -3)); t(lambda: b.hexlify(b'abcdef', 5)); t(lambda: b.b2a_hex(b'\x00\xff', sep=' '))
t(lambda: b.unhexlify('abc')); t(lambda: b.unhexlify('zz')); t(lambda: b.unhexlify('DEADbeef')); t(lambda: b.a2b_hex(b'0a0B')); t(lambda: b.unhexlify(''))
t(lambda: b.crc32(b'hello', -1)); t(lambda: b.crc32(b'hello', 2**40)); t(lambda: b.crc_hqx(b'hello', 2**40)); t(lambda: b.crc32(b'world', b.crc32(b'hello '))); t(lambda: b.crc32(b'hello world')); t(lambda: b.crc32('x'))
t(lambda: b.b2a_uu(b'x' * 46)); t(lambda: b.b2a_uu(b'hi there', backtick=True)); t(lambda: b.b2a_uu(b'')); t(lambda: b.b2a_uu(b'', backtick=True)); t(lambda: b.b2a_uu(b'The quick brown fox jumps over the lazy dog'))
t(lambda: b.a2b_uu(b'(:&D('));  t(lambda: b.a2b_uu(b'')); t(lambda: b.a2b_uu(b'\x7f')); t(lambda: b.a2b_uu(b'+5&AE(&5I8VL\n')); t(lambda: b.a2b_uu(b'!80  xx')); t(lambda: b.a2b_uu(b'!\x01'))
t(lambda: b.a2b_uu(b.b2a_uu(b'round trip data!')))
t(lambda: b.a2b_qp(b'a=3Db=\nc=41=4a_d=\r\ne==f=zz=')); t(lambda: b.a2b_qp(b'a_b=5f', header=True)); t(lambda: b.a2b_qp('x=2'))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__, b.Error.__name__)
try:
    b.unhexlify('0')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
