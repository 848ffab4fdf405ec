# codecs: lookup and CodecInfo, encode/decode (text codecs, hex, base64,
# rot13), codec functions with lengths, incremental coders (split UTF-8
# and UTF-16 input, byte order marks), error handlers (built-in and
# registered), stream readers/writers, codecs.open, and the errors.
import codecs
import io
import os
import tempfile

for n in ['utf8', 'UTF-8', 'latin1', 'latin-1', 'iso-8859-1', 'ascii', 'us-ascii', 'utf-16', 'utf_16_le',
          'UTF-16BE', 'utf-32', 'utf-32-le', 'utf-32be', 'utf-8-sig', 'UTF_8_SIG', 'hex', 'base64', 'rot13',
          'rot_13', 'u8', 'l1', '646', ' utf 8 ']:
    info = codecs.lookup(n)
    print(repr(n), info.name, info._is_text_encoding, isinstance(info, tuple), len(info))
print(codecs.lookup("utf-8") is codecs.lookup("UTF8"), repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
print(codecs.encode("héllo"), codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xc3\xa9", "utf-8"), codecs.decode(b"h\xe9", "latin1"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot-13"), codecs.encode(b"ab\xff", "hex"), codecs.decode(b"6162ff", "hex"),
      codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"))
print(codecs.encode("ab", "utf-16"), codecs.encode("ab", "utf-16-be"), codecs.encode("a", "utf-32"), codecs.encode("x", "utf-8-sig"))
print(codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"), codecs.decode(b"x", "utf-8-sig"), codecs.decode(b"\xfe\xff\x00a", "utf-16"),
      codecs.decode(b"a\x00", "utf-16"), codecs.decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"))
print(codecs.getencoder("utf-8")("é"), codecs.getdecoder("utf-8")(b"\xc3\xa9"), codecs.getdecoder("utf-16")(b"\xff\xfea\x00"))
print(codecs.utf_8_decode(b"ab\xc3"), codecs.utf_8_decode(b"ab\xc3", "replace", True), codecs.latin_1_encode("x"),
      codecs.utf_16_decode(b"\xff\xfea\x00b"), codecs.utf_16_encode("a"), codecs.ascii_decode(b"abc"), codecs.utf_8_encode("é"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(b) for b in [b"\xe2", b"\x82", b"\xac!", b"\xf0\x9f", b"\x98\x80"]], d.getstate())
d.decode(b"\xc3")
print(d.getstate())
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
d.reset()
print(repr(d.decode(b"ok")), d.getstate())
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xffb\xe2\x82")), repr(d.decode(b"", True)))
d = codecs.getincrementaldecoder("utf-16")()
print([d.decode(bytes([b])) for b in b"\xfe\xff\x00a\xd8\x3d\xde\x00\x00b"])
d = codecs.getincrementaldecoder("utf-8-sig")()
print([d.decode(bytes([b])) for b in b"\xef\xbb\xbfhi"])
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"), e.encode("", True))
e = codecs.getincrementalencoder("utf-8")()
print(e.encode("é"), e.encode("x", True))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), list(codecs.iterencode(["a", "é"], "latin-1")))

print("é€".encode("ascii", "xmlcharrefreplace"), codecs.encode("é€x", "ascii", "namereplace"), codecs.encode("é", "ascii", "backslashreplace"))
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)


def dashes(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("-" * (exc.end - exc.start), exc.end)
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)


codecs.register_error("dashes", dashes)
print(codecs.lookup_error("dashes") is dashes, codecs.encode("aé€b", "ascii", "dashes"), codecs.decode(b"a\xff\xfeb", "utf-8", "dashes"),
      codecs.encode("aé", "utf-16-le", "dashes"), codecs.decode(b"a\xff", "ascii", "dashes"))
codecs.register_error("skipone", lambda exc: ("", exc.start + 1))
print(codecs.encode("a€€b", "latin-1", "skipone"), codecs.decode(b"\xff\xffz", "utf-8", "skipone"))
codecs.register_error("bad", lambda exc: "nope")
codecs.register_error("far", lambda exc: ("", 999))
for args in [("é", "ascii", "bad"), ("é", "ascii", "far"), ("é", "ascii", "nosuch")]:
    try:
        codecs.encode(*args)
    except (TypeError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
try:
    codecs.decode(b"\xff", "utf-8", "bad")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.decode(b"\xff", "utf-8", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError", e)
exc = UnicodeEncodeError("ascii", "aéb", 1, 2, "bad")
print(codecs.replace_errors(exc), codecs.ignore_errors(exc), codecs.backslashreplace_errors(exc),
      codecs.xmlcharrefreplace_errors(exc), codecs.namereplace_errors(exc))
dexc = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "bad")
print(codecs.replace_errors(dexc), codecs.backslashreplace_errors(dexc), codecs.lookup_error("surrogateescape")(dexc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    codecs.replace_errors(ValueError("x"))
except TypeError as e:
    print("TypeError", e)

buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("héllo\n")
w.writelines(["a", "b\n"])
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("líne one\nline two\n€nd".encode()))
print(repr(r.readline()), repr(r.read(3)), list(r))
r = codecs.getreader("utf-16")(io.BytesIO("x\ny".encode("utf-16")))
print(repr(r.read()))
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with codecs.open(p, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
with open(p, "rb") as f:
    print(f.read())
with codecs.open(p, "r", encoding="utf-16") as f:
    print(repr(f.readline()), repr(f.read()), f.encoding)
with codecs.open(p, "rb") as f:
    print(len(f.read()))
os.remove(p)
os.rmdir(d)

for bad in [lambda: codecs.lookup("nosuch-codec"), lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"),
            lambda: codecs.encode(5), lambda: codecs.encode("é", "ascii"), lambda: codecs.decode(b"\xff"),
            lambda: codecs.lookup(5), lambda: codecs.decode(b"zz", "hex"), lambda: codecs.encode("x", "hex"),
            lambda: codecs.encode(b"x", "hex", "ignore"), lambda: codecs.lookup_error("nope")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (b.decode().lower(), len(b)), name="my-codec")
    return None


codecs.register(search)
print(codecs.encode("abc", "my_codec"), codecs.decode(b"ABC", "my_codec"), codecs.lookup("my_codec").name)
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print("LookupError", e)
