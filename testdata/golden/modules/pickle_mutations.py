# Malformed pickles: mutations of valid ones (a fixed pseudo-random
# sequence) must fail with CPython's exception and message, or load the
# same value.
import io
import pickle

SAFE = {("builtins", n) for n in ("set", "frozenset", "complex", "range", "bytearray", "int", "list", "object")}
SAFE |= {("copyreg", "_reconstructor"), ("copyreg", "__newobj__"), ("_codecs", "encode")}
SAFE |= {("__builtin__", n) for n in ("xrange", "set", "complex", "bytearray", "frozenset")}


class R(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError("forbidden %r %r" % (module, name))


state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


values = [None, True, 1, -5, 300, 70000, 2**40, -2**70, 1.5, "abc", "h\u00e9", b"xy", bytearray(b"q"), (),
          (1,), (1, 2), (1, 2, 3, 4), [1, [2]], {"a": 1, "b": 2}, {1, 2}, frozenset({3}), range(3), 1+2j,
          [b"s"] * 3]
base = [pickle.dumps(v, p) for p in range(6) for v in values]
inserts = b"().NKabceghlpqst0123\x80\x81\x85\x86\x8c\x93\x94\x95}]"
for i in range(2000):
    b = bytearray(base[rand(len(base))])
    for _ in range(1 + rand(3)):
        k = rand(4)
        if k == 0 and b:
            b[rand(len(b))] = rand(256)
        elif k == 1 and b:
            del b[rand(len(b))]
        elif k == 2:
            b.insert(rand(len(b) + 1), inserts[rand(len(inserts))])
        else:
            b = b[:rand(len(b) + 1)]
    data = bytes(b)
    for how in ("file", "bytes"):
        try:
            if how == "file":
                r = R(io.BytesIO(data)).load()
            else:
                r = pickle.loads(data) if b"c" not in data and b"\x93" not in data else None
            out = repr(r)[:70]
        except Exception as e:
            out = "%s: %s" % (type(e).__name__, str(e)[:90])
        print(i, how, out)
