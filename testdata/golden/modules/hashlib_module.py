import hashlib, hmac, io
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
for n in names:
    h = hashlib.new(n)
    h.update(b'The quick brown fox ')
    c = h.copy()
    h.update(b'jumps over the lazy dog')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest() == hashlib.new(n, b'The quick brown fox ').hexdigest(), len(h.digest()))
for n in ['shake_128', 'shake_256']:
    h = getattr(hashlib, n)(b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5), h.copy().hexdigest(0))
    t(lambda: h.hexdigest())
print(type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__, type(hashlib.blake2b()).__name__, type(hashlib.md5()).__module__, hashlib.md5.__name__)
print(hashlib.md5(b'').hexdigest(), hashlib.sha1(string=b'abc').hexdigest(), hashlib.sha256(memoryview(b'abc')).hexdigest(), hashlib.sha256(bytearray(b'abc')).digest())
big = bytes(range(256)) * 1000
for n in names:
    print(n, hashlib.new(n, big).hexdigest()[:32])
t(lambda: hashlib.new('nope')); t(lambda: hashlib.md5('str')); t(lambda: hashlib.md5().update('s')); t(lambda: hashlib.md5(5)); t(lambda: hashlib.new('SHA256').name); t(lambda: hashlib.new('md5', b'x', usedforsecurity=False).hexdigest())
t(lambda: hashlib.blake2b(digest_size=65)); t(lambda: hashlib.blake2b(key=b'x' * 65)); t(lambda: hashlib.blake2b(salt=b'x' * 17)); t(lambda: hashlib.blake2b(person=b'x' * 17)); t(lambda: hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
t(lambda: hashlib.blake2s(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=4, last_node=True).hexdigest())
t(lambda: hashlib.blake2b(b'abc', digest_size=20, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=4, last_node=True).hexdigest())
t(lambda: hashlib.blake2b(key=b'secret key' * 6).hexdigest()); t(lambda: hashlib.blake2s(b'x' * 64, key=b'k' * 32).hexdigest()); t(lambda: hashlib.blake2s(b'x' * 65).hexdigest()); t(lambda: hashlib.blake2b(b'x' * 128).hexdigest()); t(lambda: hashlib.blake2b(b'x' * 129, digest_size=1).hexdigest())
t(lambda: hashlib.blake2b(fanout=256)); t(lambda: hashlib.blake2b(depth=0)); t(lambda: hashlib.blake2b(leaf_size=-1)); t(lambda: hashlib.blake2b(node_offset=-1)); t(lambda: hashlib.blake2b(inner_size=65)); t(lambda: hashlib.blake2s(node_offset=2**48))
t(lambda: hashlib.blake2b.MAX_DIGEST_SIZE); t(lambda: hashlib.blake2b.SALT_SIZE); t(lambda: hashlib.blake2s.PERSON_SIZE); t(lambda: hashlib.blake2s.MAX_KEY_SIZE)
t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex()); t(lambda: hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000, 10).hex()); t(lambda: hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 0)); t(lambda: hashlib.pbkdf2_hmac('sha1', 'pw', b'salt', 1)); t(lambda: hashlib.pbkdf2_hmac('sha512', b'password', b'NaCl', 3, dklen=100).hex())
t(lambda: hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest()); t(lambda: hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())
print(sorted(hashlib.algorithms_guaranteed), hashlib.__all__)
# hmac
for dm in ['md5', 'sha256', hashlib.sha1, hashlib.sha512, 'blake2b']:
    m = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', dm)
    c = m.copy()
    c.update(b'!')
    print(m.name, m.digest_size, m.block_size, m.hexdigest(), c.hexdigest()[:16], hmac.digest(b'key', b'msg', dm).hex()[:16])
print(hmac.new(b'k' * 200, b'data', 'sha256').hexdigest(), hmac.new(bytearray(b'k'), digestmod='md5').hexdigest())
t(lambda: hmac.new('key', b'x', 'md5')); t(lambda: hmac.new(b'key', b'x')); t(lambda: hmac.new(b'key', 'str', 'md5'))
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', bytearray(b'a')), hmac.compare_digest(b'ab', b'abc'))
t(lambda: hmac.compare_digest('a', b'a')); t(lambda: hmac.compare_digest('é', 'é')); t(lambda: hmac.compare_digest(1, 2))
