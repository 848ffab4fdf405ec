import pickle
import io


def mask(s):
    # hide object addresses: "at 0x7f..>" -> "at ADDR>"
    out = []
    while " at 0x" in s:
        i = s.index(" at 0x")
        j = i + 6
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        out.append(s[:i] + " at ADDR")
        s = s[j:]
    out.append(s)
    return "".join(out)


def show(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, "->", type(e).__module__, type(e).__name__, mask(str(e)))
    else:
        print(what, "->", repr(r)[:60])


def outer():
    class Local:
        pass

    def local_f():
        pass
    return Local, local_f


Local, local_f = outer()


class NoNew:
    def __reduce__(self):
        return 42


class BadTuple:
    def __reduce__(self):
        return (1,)


class NotCallable:
    def __reduce__(self):
        return (1, ())


class BadArgs:
    def __reduce__(self):
        return (BadArgs, [])


class BadIter:
    def __reduce__(self):
        return (BadIter, (), None, [1])


class BadDictIter:
    def __reduce__(self):
        return (BadDictIter, (), None, None, iter([1]))


class WrongClass:
    def __reduce__(self):
        return (copyreg_newobj, (int,))


import copyreg
copyreg_newobj = copyreg.__newobj__


class Shadow:
    pass


shadow_obj = Shadow
Shadow = None

for p in range(6):
    for name, obj in [("lambda", lambda: 0), ("local class", Local), ("local func", local_f),
                      ("local instance", Local()), ("reduce int", NoNew()), ("reduce 1-tuple", BadTuple()),
                      ("not callable", NotCallable()), ("list args", BadArgs()), ("list iter", BadIter()),
                      ("dict iter", BadDictIter()), ("wrong class", WrongClass()), ("shadowed", shadow_obj),
                      ("generator", (x for x in [])), ("module", io)]:
        show("%d %s" % (p, name), lambda: pickle.dumps(obj, p))

show("protocol 6", lambda: pickle.dumps(1, 6))
show("protocol str", lambda: pickle.dumps(1, "1"))
show("buffer_callback", lambda: pickle.dumps(1, 4, buffer_callback=print))
show("no write", lambda: pickle.dump(1, 5))
show("no read", lambda: pickle.load(5))
show("loads str", lambda: pickle.loads("abc"))
show("Unpickler bad", lambda: pickle.Unpickler(5))
show("Pickler bad", lambda: pickle.Pickler(5))

bad = [b"", b".", b"N", b"(.", b"0.", b"1.", b"2.", b"a.", b"]Na.", b"e.", b"s.", b"u.", b"}(Nu.", b"}(NNNu.",
       b"t.", b"(t", b"\x85.", b"\x86.", b"\x87.", b"K", b"K\x01", b"M\x01", b"J\x01\x02\x03", b"G\x00",
       b"I", b"I1", b"Ix\n.", b"L\n.", b"Lx\n.", b"Fx\n.", b"F\n.", b"S\n.", b"Sabc\n.", b"S'abc\n.",
       b"V", b"X\x05\x00\x00\x00ab", b"\x8c\x05ab", b"B\x05\x00\x00\x00ab", b"C\x05a", b"T\x05\x00\x00\x00ab",
       b"\x8a\x05\x01", b"\x8b\xff\xff\xff\xff.", b"h\x00.", b"j\x00\x00\x00\x00.", b"g0\n.", b"gx\n.",
       b"p0\n.", b"q\x00.", b"r\x00\x00\x00\x00.", b"\x94.", b"\x80\x06.", b"\x80", b"\xff", b"z", b"'",
       b"\\", b"\x95\x10\x00\x00\x00\x00\x00\x00\x00N.", b"\x93.", b"N\x93.", b"NN\x93.",
       b"\x8c\x08builtins\x8c\x03a.b\x93.", b"\x8c\x08builtins\x8c\x03a.b\x93.", b"\x80\x04\x8c\x08builtins\x8c\x0cstr.<locals>\x93.", b"\x80\x04\x8c\x08builtins\x8c\x0bstr.maketrans\x93.", b"F1.5x\n.", b"F 1.5\n.", b"\x8c\x08builtins\x8c\x03xyz\x93.", b"cbuiltins\nxyz\n.",
       b"cnosuchmodule\nx\n.", b"c\n.", b"cbuiltins\n\n.", b"R.", b"NR.", b"NNR.", b"cbuiltins\nlen\nNR.",
       b"b.", b"Nb.", b"NNb.", b"]Nb.", b"]]b.", b"\x81.", b"NN\x81.", b"cbuiltins\nint\nN\x81.",
       b"\x92.", b"NNN\x92.", b"cbuiltins\nint\n)N\x92.", b"cbuiltins\nint\nN}\x92.",
       b"P0\n.", b"NQ.", b"\x82\x00.", b"\x82\x01.", b"\x83\x00\x01.", b"\x84\xff\xff\xff\xff.",
       b"\x8f(N\x90.", b"(\x90.", b"N(N\x90.", b"\x91.", b"(\x91.", b"(]\x91.", b"(l.", b"(d.", b"(Nd.",
       b"(]]d.", b"o.", b"(o.", b"(No.", b"i\n.", b"ibuiltins\nint\n.", b"(ibuiltins\nint\n.",
       b"\x97.", b"\x98.", b"N\x98.", b"\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.", b"\x8e\x02\x00\x00\x00\x00\x00\x00\x00ab.",
       b"\x8d\x02\x00\x00\x00\x00\x00\x00\x00ab.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.",
       b"V\\u12\n.", b"V\\U00110000\n.", b"X\x02\x00\x00\x00\xff\xfe.", b"(((N.", b"(N1N.", b"N(0.",
       b"}N(Ns.", b"]N(Na.", b"N2.", b"2.", b"(2.", b"I01\n.", b"I00\n.", b"I2147483648\n.", b"I-0x10\n.",
       b"L0x10L\n.", b"K\x01K\x02\x86\x94h\x00h\x01.", b"\x80\x05\x8f(K\x01K\x02\x90."]
for b in bad:
    show(repr(b), lambda: pickle.loads(b))
    show("file " + repr(b), lambda: pickle.load(io.BytesIO(b)))

# multiple pickles in one file, memo across loads
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump("two", f, 0)
pickle.dump({"three": 3}, f, 2)
f.write(b"tail")
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f), f.read())

# memo indexes: CPython grows its memo array to twice the index
for b in [b"Nr\xff\xff\xff\xff.", b"Nr\x00\x00\x10\x00j\x00\x00\x10\x00.", b"Nq\x05h\x05h\x04."]:
    show(repr(b), lambda: pickle.loads(b))
