# uuid: the UUID type from every constructor form, its fields and
# properties, comparisons, immutability, name-based uuid3/uuid5 (fixed
# values), random uuid4/uuid1 (checked by shape), and constructor errors.
import copy
import pickle
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node,
      u.time, u.clock_seq, u.variant, u.version, u.is_safe)
same = [uuid.UUID("12345678123456781234567812345678"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
        uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
print(all(x == u for x in same), len({u, *same}), int(u) == u.int)
print(uuid.UUID(int=0), uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.UUID(int=(1 << 128) - 1).variant)
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
for n in range(1, 6):
    print(n, uuid.UUID(int=(1 << 128) - 1, version=n))
print(uuid.UUID("6ba7b810-9dad-11d1-c0b4-00c04fd430c8").variant, uuid.UUID("6ba7b810-9dad-11d1-e0b4-00c04fd430c8").variant)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/"), uuid.uuid5(uuid.NAMESPACE_OID, "é"))
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b"http://x/")
except TypeError as e:
    print("TypeError", e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]))
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
try:
    a.int = 5
except TypeError as e:
    print("TypeError", e)
try:
    a.other = 5
except TypeError as e:
    print("TypeError", e)
print(copy.copy(u) == u, copy.deepcopy(u) == u, pickle.loads(pickle.dumps(u)) == u)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.time <= t2.time, t1.node == t2.node == uuid.getnode())
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq == 0x1234, t3.version)

for kw in [dict(), dict(hex="x", int=1), dict(hex="123"), dict(hex="g" * 32), dict(bytes=b"short"),
           dict(bytes_le=b"x" * 17), dict(fields=(1, 2)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
           dict(fields=(0, 1 << 16, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
           dict(int=-1), dict(int=1 << 128), dict(int=1, version=6), dict(int=1, version=0)]:
    try:
        print(uuid.UUID(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
