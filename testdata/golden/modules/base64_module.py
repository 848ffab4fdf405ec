import base64, binascii, io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xfb\xff\xfe', 'hello world'.encode() * 3]
for s in samples:
    enc = [base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s), base64.a85encode(s), base64.b85encode(s)]
    dec = [base64.b64decode(enc[0]), base64.urlsafe_b64decode(enc[1]), base64.b32decode(enc[2]), base64.b32hexdecode(enc[3]), base64.b16decode(enc[4]), base64.a85decode(enc[5]), base64.b85decode(enc[6])]
    print([e[:60] for e in enc], all(d == s for d in dec))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.standard_b64encode(b'xyz'), base64.standard_b64decode(b'eHl6'))
t(lambda: base64.b64decode('aGVsbG8'));  t(lambda: base64.b64decode('aGVs!bG8=')); t(lambda: base64.b64decode('aGVs!bG8=', validate=True)); t(lambda: base64.b64decode('aGVsbG8===', validate=True)); t(lambda: base64.b64decode('aGVsbG8=', validate=True))
t(lambda: base64.b64decode('héllo')); t(lambda: base64.b64decode(5)); t(lambda: base64.b64encode('str')); t(lambda: base64.b64decode(bytearray(b'eHl6'))); t(lambda: base64.b64decode(memoryview(b'eHl6')))
t(lambda: base64.b64encode(b'x', altchars=b'abc'))
t(lambda: base64.b32decode('MZXW6===')); t(lambda: base64.b32decode('mzxw6===')); t(lambda: base64.b32decode('mzxw6===', casefold=True)); t(lambda: base64.b32decode('MZXW6')); t(lambda: base64.b32decode('MZXW6==1')); t(lambda: base64.b32decode('M1XW6===', map01=b'L')); t(lambda: base64.b32decode('MZXW6Y=='))
t(lambda: base64.b32decode('MZ======')); t(lambda: base64.b32decode('MZXQ====')); t(lambda: base64.b32decode('M=======')); t(lambda: base64.b32decode('========'))
t(lambda: base64.b16decode('666f6f')); t(lambda: base64.b16decode('666f6f', casefold=True)); t(lambda: base64.b16decode('666F6')); t(lambda: base64.b16decode('XY'))
print(base64.a85encode(b'    \0\0\0\0 x', foldspaces=True), base64.a85encode(b'hello world' * 4, wrapcol=20, adobe=True), base64.a85encode(b'abc', pad=True), base64.a85encode(b'', adobe=True))
t(lambda: base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True)); t(lambda: base64.a85decode(b'87cURD]i,"Ebo80', adobe=True)); t(lambda: base64.a85decode(b'y+<VdL', foldspaces=True)); t(lambda: base64.a85decode(b'ab z')); t(lambda: base64.a85decode(b'abcz')); t(lambda: base64.a85decode(b'\x7f')); t(lambda: base64.a85decode(b's8W-"'))
t(lambda: base64.a85decode(b'uuuuu'))
t(lambda: base64.b85decode(b'|NsC0')); t(lambda: base64.b85decode(b'"""')); t(lambda: base64.b85decode(b'~~~~~')); t(lambda: base64.b85encode(b'abc', pad=True))
long = bytes(range(200))
e = base64.encodebytes(long)
print(e, base64.decodebytes(e) == long, base64.encodebytes(b''), base64.MAXLINESIZE, base64.MAXBINSIZE)
t(lambda: base64.encodebytes('x')); t(lambda: base64.decodebytes('eHl6'))
src, dst = io.BytesIO(long), io.BytesIO()
base64.encode(src, dst)
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(dst.getvalue() == e, back.getvalue() == long)
print(base64.__all__)
