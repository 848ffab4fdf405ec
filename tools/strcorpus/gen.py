#!/usr/bin/env python3
"""Generate minipy's str/bytes corpus from CPython 3.11.

Writes testdata/strcorpus/cases.jsonl.gz (run from the repository root):
one JSON array per line, [kind, ...operands, expected], replayed by
vm/objects/strcorpus_test.go. Cases cover str methods with random arguments
over random strings (ASCII, latin-1, BMP, astral, lone surrogates), bytes and
bytearray methods, %-formatting of str and bytes, format() and str.format with
random specs, encode/decode, indexing and slicing, and hash() of str and bytes
under PYTHONHASHSEED=0 (the script re-runs itself with it).

Values are tagged so that any str (surrogates included) survives JSON:
  ["s", hex of the surrogatepass UTF-8]   str
  ["b", hex] bytes      ["B", hex] bytearray
  ["i", "123"] int      ["f", repr] float     ["T"] ["F"] ["N"] True False None
  ["t", [...]] tuple    ["l", [...]] list      ["d", [[k, v], ...]] dict
  ["sl", a, b, c] slice (each a value)
Expected results are ["ok", value] or ["err", "ExceptionType", "message"].

Usage: python3 tools/strcorpus/gen.py [--seed N] [--scale K]
"""

import gzip
import json
import os
import random
import subprocess
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))

if sys.version_info[:2] != (3, 11):
    sys.exit("gen.py needs CPython 3.11, got " + sys.version.split()[0])

SEED = 20261125
SCALE = 1
args = sys.argv[1:]
while args:
    if args[0] == "--seed":
        SEED = int(args[1]); args = args[2:]
    elif args[0] == "--scale":
        SCALE = int(args[1]); args = args[2:]
    else:
        sys.exit("unknown argument " + args[0])

rng = random.Random(SEED)


def enc(v):
    if v is None:
        return ["N"]
    if v is True:
        return ["T"]
    if v is False:
        return ["F"]
    t = type(v)
    if t is int:
        return ["i", str(v)]
    if t is float:
        return ["f", repr(v)]
    if t is str:
        return ["s", v.encode("utf-8", "surrogatepass").hex()]
    if t is bytes:
        return ["b", v.hex()]
    if t is bytearray:
        return ["B", bytes(v).hex()]
    if t is tuple:
        return ["t", [enc(x) for x in v]]
    if t is list:
        return ["l", [enc(x) for x in v]]
    if t is dict:
        return ["d", [[enc(k), enc(x)] for k, x in v.items()]]
    if t is slice:
        return ["sl", enc(v.start), enc(v.stop), enc(v.step)]
    raise TypeError("cannot encode %r" % (t,))


def run(fn):
    try:
        r = fn()
    except Exception as e:
        return ["err", type(e).__name__, str(e)]
    try:
        return ["ok", enc(r)]
    except TypeError:
        return None


# Character pools.
ASCII = [chr(c) for c in range(32, 127)] + list("\t\n\r\x0b\x0c\x1c\x85") + ["\x00"]
LETTERS = list("abcXYZ  ,.-_0129")
LATIN1 = [chr(c) for c in range(0xa0, 0x100)] + ["\xa0", "\xb5", "\xdf", "\xff"]
BMP = list("ΣσςΑαβΓİıﬁﬀŉǅǈǋᾳΐ\u0345\u0307\u0300\u2028\u2029\u3000€中文字한국あアЖжᲐ\u1e9e\u2126\u212a\ufb03\u0130\uff21\uff41\u00b2\u2155\u0660\u0969\u1369")
ASTRAL = list("\U0001f600\U0001d400\U00010400\U00010428\U0001e900\U0001e922\U00020000\U0001d7ce\U00010107")
SURR = ["\ud800", "\udc00", "\udfff", "\udc80", "\udbff"]


def rstr(maxlen=12, kind=None):
    if kind is None:
        kind = rng.choice(["ascii", "ascii", "letters", "latin1", "bmp", "astral", "surr", "mix"])
    pools = {
        "ascii": ASCII, "letters": LETTERS, "latin1": LETTERS + LATIN1,
        "bmp": LETTERS + BMP, "astral": LETTERS + ASTRAL + BMP[:5],
        "surr": LETTERS + SURR, "mix": ASCII + LATIN1 + BMP + ASTRAL + SURR,
    }
    pool = pools[kind]
    n = rng.randint(0, maxlen)
    return "".join(rng.choice(pool) for _ in range(n))


def rbytes(maxlen=12):
    n = rng.randint(0, maxlen)
    mode = rng.random()
    if mode < 0.5:
        return bytes(rng.choice(b"abcXYZ  ,.-_0129\t\n\r") for _ in range(n))
    return bytes(rng.randrange(256) for _ in range(n))


def sub_of(s):
    """A likely substring of s (or something random)."""
    if s and rng.random() < 0.7:
        i = rng.randrange(len(s))
        j = rng.randint(i, min(len(s), i + 3))
        return s[i:j]
    if isinstance(s, (bytes, bytearray)):
        return rbytes(2)
    return rstr(2)


def rint_small():
    return rng.choice([None, 0, 1, -1, 2, -2, 3, 5, 10, 100, -100, 2**63, -(2**63) - 5])


def rindex_arg():
    return rng.choice([0, 1, -1, 2, -3, 5, 20, -20, None])


cases = []


def add(kind, *operands, expect):
    if expect is None:
        return
    cases.append([kind] + list(operands) + [expect])


def str_method_args(name, s):
    if name in ("capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
                "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
                "isupper", "lower", "swapcase", "title", "upper"):
        return [], {}
    if name in ("center", "ljust", "rjust"):
        a = [rng.choice([0, 3, len(s) + 3, len(s) + 4, -1])]
        if rng.random() < 0.6:
            a.append(rng.choice(["*", "é", "\U0001f600", "ab", "", " "]))
        return a, {}
    if name in ("count", "find", "index", "rfind", "rindex", "startswith", "endswith"):
        sub = sub_of(s)
        if name in ("startswith", "endswith") and rng.random() < 0.2:
            sub = tuple(sub_of(s) for _ in range(rng.randint(0, 3)))
        if rng.random() < 0.05:
            sub = rng.choice([1, None, b"a"])
        a = [sub]
        if rng.random() < 0.5:
            a.append(rindex_arg())
            if rng.random() < 0.5:
                a.append(rindex_arg())
        return a, {}
    if name == "expandtabs":
        return ([rng.choice([0, 1, 4, 8, -1])] if rng.random() < 0.7 else []), {}
    if name in ("partition", "rpartition", "removeprefix", "removesuffix"):
        return [sub_of(s) if rng.random() > 0.05 else ""], {}
    if name == "replace":
        a = [sub_of(s), rstr(3)]
        if rng.random() < 0.4:
            a.append(rng.choice([0, 1, 2, -1, 100]))
        return a, {}
    if name in ("split", "rsplit"):
        a, kw = [], {}
        r = rng.random()
        if r < 0.4:
            a.append(None if rng.random() < 0.5 else sub_of(s))
            if rng.random() < 0.5:
                a.append(rng.choice([0, 1, 2, -1]))
        elif r < 0.6:
            kw["maxsplit"] = rng.choice([0, 1, 2, -1])
            if rng.random() < 0.5:
                kw["sep"] = sub_of(s)
        return a, kw
    if name in ("strip", "lstrip", "rstrip"):
        return ([rng.choice([None, sub_of(s), rstr(3)])] if rng.random() < 0.7 else []), {}
    if name == "splitlines":
        return ([rng.choice([True, False, 0, 1])] if rng.random() < 0.5 else []), {}
    if name == "zfill":
        return [rng.choice([0, 1, len(s) + 2, 5])], {}
    if name == "join":
        return [[rstr(3) for _ in range(rng.randint(0, 4))]], {}
    if name == "encode":
        a = [rng.choice(["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
                         "utf-32", "utf-32-be", "UTF8", "latin1"])]
        if rng.random() < 0.7:
            a.append(rng.choice(["strict", "ignore", "replace", "backslashreplace",
                                 "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]))
        return a, {}
    if name == "translate":
        table = {}
        for c in sub_of(s) + rstr(2):
            table[ord(c)] = rng.choice([None, "", "xy", ord("z"), 0x1f600, "é"])
        return [table], {}
    raise KeyError(name)


STR_METHODS = ["capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs",
               "find", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
               "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
               "isupper", "join", "ljust", "lower", "lstrip", "partition", "removeprefix",
               "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
               "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
               "translate", "upper", "zfill"]


def gen_str_methods(n):
    for _ in range(n):
        name = rng.choice(STR_METHODS)
        s = rstr()
        if name.startswith("is") and rng.random() < 0.5:
            s = "".join(rng.choice(ASCII + LATIN1 + BMP + ASTRAL) for _ in range(rng.randint(0, 3)))
        a, kw = str_method_args(name, s)
        exp = run(lambda: getattr(s, name)(*a, **kw))
        add("meth", "str", enc(s), name, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], expect=exp)


BYTES_METHODS = ["capitalize", "center", "count", "decode", "endswith", "expandtabs", "find",
                 "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
                 "istitle", "isupper", "join", "ljust", "lower", "lstrip", "partition",
                 "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
                 "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
                 "swapcase", "title", "translate", "upper", "zfill"]


def bytes_method_args(name, b):
    if name in ("capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
                "istitle", "isupper", "lower", "swapcase", "title", "upper"):
        return [], {}
    if name in ("center", "ljust", "rjust"):
        a = [rng.choice([0, 3, len(b) + 3, len(b) + 4])]
        if rng.random() < 0.6:
            a.append(rng.choice([b"*", b"ab", "x", bytearray(b"-")]))
        return a, {}
    if name in ("count", "find", "index", "rfind", "rindex", "startswith", "endswith"):
        sub = sub_of(b)
        r = rng.random()
        if r < 0.15 and name not in ("startswith", "endswith"):
            sub = rng.choice([97, 0, 255, 300, -1])
        elif r < 0.2:
            sub = "a"
        elif r < 0.3 and name in ("startswith", "endswith"):
            sub = tuple(sub_of(b) for _ in range(rng.randint(0, 2)))
        a = [sub]
        if rng.random() < 0.5:
            a.append(rindex_arg())
            if rng.random() < 0.5:
                a.append(rindex_arg())
        return a, {}
    if name == "decode":
        a = [rng.choice(["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])]
        if rng.random() < 0.7:
            a.append(rng.choice(["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]))
        return a, {}
    if name == "expandtabs":
        return ([rng.choice([0, 1, 4, 8])] if rng.random() < 0.7 else []), {}
    if name == "hex":
        r = rng.random()
        if r < 0.4:
            return [], {}
        if r < 0.7:
            return [rng.choice([":", b"-", " "])], {}
        return [rng.choice([":", "_"]), rng.choice([1, 2, 3, -1, -2, 0])], {}
    if name in ("partition", "rpartition", "removeprefix", "removesuffix"):
        return [sub_of(b) if rng.random() > 0.05 else b""], {}
    if name == "replace":
        a = [sub_of(b), rbytes(3)]
        if rng.random() < 0.4:
            a.append(rng.choice([0, 1, 2, -1]))
        return a, {}
    if name in ("split", "rsplit"):
        a = []
        if rng.random() < 0.5:
            a.append(None if rng.random() < 0.5 else sub_of(b))
            if rng.random() < 0.5:
                a.append(rng.choice([0, 1, 2, -1]))
        return a, {}
    if name in ("strip", "lstrip", "rstrip"):
        return ([rng.choice([None, sub_of(b), rbytes(3)])] if rng.random() < 0.7 else []), {}
    if name == "splitlines":
        return ([rng.choice([True, False])] if rng.random() < 0.5 else []), {}
    if name == "zfill":
        return [rng.choice([0, 1, len(b) + 2, 5])], {}
    if name == "join":
        return [[rbytes(3) for _ in range(rng.randint(0, 4))]], {}
    if name == "translate":
        if rng.random() < 0.3:
            return [None, sub_of(b)], {}
        t = bytes(rng.randrange(256) for _ in range(256))
        return ([t] if rng.random() < 0.6 else [t, rbytes(2)]), {}
    raise KeyError(name)


def gen_bytes_methods(n):
    for _ in range(n):
        name = rng.choice(BYTES_METHODS)
        b = rbytes()
        typ = "bytes"
        if rng.random() < 0.25:
            b = bytearray(b)
            typ = "bytearray"
        a, kw = bytes_method_args(name, b)
        exp = run(lambda: getattr(b, name)(*a, **kw))
        add("meth", typ, enc(b), name, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], expect=exp)


def gen_hash(n_str, n_bytes):
    for _ in range(n_str):
        s = rstr(rng.choice([3, 8, 20, 40]))
        add("hash", enc(s), expect=["ok", enc(hash(s))])
    for _ in range(n_bytes):
        b = rbytes(rng.choice([3, 8, 20, 40]))
        add("hash", enc(b), expect=["ok", enc(hash(b))])


def rflags():
    return "".join(rng.sample("-+ #0", rng.randint(0, 2)))


def gen_percent(n):
    for _ in range(n):
        conv = rng.choice("sradiuxXoeEfFgGc%")
        spec = "%" + rflags()
        if rng.random() < 0.5:
            spec += str(rng.randint(0, 12))
        if rng.random() < 0.4:
            spec += "." + str(rng.randint(0, 8))
        spec += conv
        if conv in "diuxXoc":
            v = rng.choice([0, 1, -1, 255, -255, 65, 2**70, -(2**65) + 3, 0x1f600, True, 3.7, -2.5, "x", "é"])
        elif conv in "eEfFgG":
            v = rng.choice([0.0, -0.0, 1.5, -2.25, 1e20, 1e-7, 123456.789, 3, -7, float("inf"), float("nan"), 2**80, "x"])
        else:
            v = rng.choice([rstr(6), 12, -3.5, None, (1, "a"), [1, "é"], b"ab", "\U0001f600"])
        fmt = rstr(3, "letters") + spec + rstr(3, "letters")
        args = (v,) if conv != "%" else ()
        if rng.random() < 0.1:
            args = args + (1,)
        exp = run(lambda: fmt % args)
        add("mod", enc(fmt), enc(args), expect=exp)
    # mapping keys, '*' and errors
    extra = [("%(a)s-%(b)5d", {"a": "x", "b": 3}), ("%(a)s", {}), ("%*d", (5, 42)), ("%-*d|", (4, 7)),
             ("%.*f", (2, 3.14159)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%", ()), ("%z", (1,)),
             ("%(a)s", (1,)), ("%d", ("x",)), ("%x", (1.5,)), ("%c", ("ab",)), ("%c", (0x110000,)),
             ("%*d", ("a", 1)), ("%5.2%", ()), ("%.3s|%-6r|", ("abcdef", "é"))]
    for fmt, args in extra:
        add("mod", enc(fmt), enc(args), expect=run(lambda: fmt % args))
    for _ in range(n // 4):
        conv = rng.choice("sbraxdc%")
        spec = "%" + rflags() + (str(rng.randint(0, 8)) if rng.random() < 0.5 else "") + conv
        v = rng.choice([b"ab", bytearray(b"xy"), 7, -300, 65, "str", 2.5, b"\xff"])
        fmt = rbytes(3) + spec.encode() + rbytes(3)
        args = (v,) if conv != "%" else ()
        add("mod", enc(fmt), enc(args), expect=run(lambda: fmt % args))


def gen_format(n):
    for _ in range(n):
        s = rstr(6)
        spec = ""
        if rng.random() < 0.5:
            spec += rng.choice(["", "*", "é", "0", "{"]) + rng.choice("<>^=")
        if rng.random() < 0.1:
            spec += rng.choice(["+", "#", "z", "0", ",", " ", "-", "_"])
        if rng.random() < 0.6:
            spec += str(rng.randint(0, 12))
        if rng.random() < 0.4:
            spec += "." + str(rng.randint(0, 6))
        if rng.random() < 0.3:
            spec += rng.choice(["s", "s", "d", "x", " ", "\x01", "\x7f", "é"])
        add("format", enc(s), enc(spec), expect=run(lambda: format(s, spec)))
    fields = ["{}", "{0}", "{1}", "{0!r}", "{0!s:>8}", "{0!a}", "{0:^9}", "{0[0]}", "{a}", "{a!r:<6}",
              "{{", "}}", "{0:{1}}", "{", "}", "{0!x}", "{0.}", "{!r", "{0[}", "{:{:{}}}", "{a[1]}"]
    for _ in range(n // 2):
        fmt = "".join(rng.choice(fields + [rstr(2, "letters")]) for _ in range(rng.randint(1, 4)))
        pos = [rng.choice([rstr(4), 5, "<4", [1, 2], "é"]) for _ in range(rng.randint(0, 3))]
        kw = {"a": rng.choice([rstr(3), [7, "x"], 12])} if rng.random() < 0.6 else {}
        add("fmt", enc(fmt), [enc(x) for x in pos], [[k, enc(v)] for k, v in kw.items()],
            expect=run(lambda: fmt.format(*pos, **kw)))


def gen_index(n):
    for _ in range(n):
        s = rstr(10)
        if rng.random() < 0.3:
            s = rbytes(10)
        if rng.random() < 0.5:
            key = rng.choice([0, 1, -1, 5, -5, 9, 20, -20])
        else:
            key = slice(rindex_arg(), rindex_arg(), rng.choice([None, 1, 2, -1, -2, 3, -3]))
        add("getitem", enc(s), enc(key), expect=run(lambda: s[key]))


def gen_ops(n):
    for _ in range(n):
        a, b = rstr(5), rstr(5)
        if rng.random() < 0.3:
            b = a[:rng.randint(0, len(a))]
        op = rng.choice(["+", "<", "<=", "==", "!=", ">", ">=", "in", "*", "repr", "len"])
        if op == "*":
            k = rng.choice([0, 1, 3, -1])
            add("op", "*", enc(a), enc(k), expect=run(lambda: a * k))
        elif op in ("repr", "len"):
            add("op", op, enc(a), ["N"], expect=run(lambda: repr(a) if op == "repr" else len(a)))
        else:
            f = {"+": lambda: a + b, "<": lambda: a < b, "<=": lambda: a <= b, "==": lambda: a == b,
                 "!=": lambda: a != b, ">": lambda: a > b, ">=": lambda: a >= b, "in": lambda: b in a}[op]
            add("op", op, enc(a), enc(b), expect=run(f))
    for _ in range(n // 4):
        a = rbytes(6)
        op = rng.choice(["repr", "len"])
        add("op", op, enc(a), ["N"], expect=run(lambda: repr(a) if op == "repr" else len(a)))


def rwide(maxlen=6):
    """Random code points from the whole range (unassigned ones included)."""
    out = []
    for _ in range(rng.randint(0, maxlen)):
        r = rng.random()
        if r < 0.4:
            out.append(chr(rng.randrange(0x80, 0x3000)))
        elif r < 0.7:
            out.append(chr(rng.randrange(0x3000, 0x10000)))
        else:
            out.append(chr(rng.randrange(0x10000, 0x110000)))
    return "".join(out)


def gen_wide(n):
    """Case mappings and predicates over random code points of the whole range."""
    names = ["lower", "upper", "title", "capitalize", "swapcase", "casefold", "isalnum", "isalpha",
             "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
             "isspace", "istitle", "isupper", "split", "strip", "splitlines"]
    for _ in range(n):
        s = rwide()
        name = rng.choice(names)
        exp = run(lambda: getattr(s, name)())
        add("meth", "str", enc(s), name, [], [], expect=exp)
        add("op", "repr", enc(s), ["N"], expect=run(lambda: repr(s)))


def gen_long(n):
    """Long strings (past the index stride) for positions and slices."""
    for _ in range(n):
        s = rstr(70, rng.choice(["bmp", "astral", "mix", "latin1", "surr"]))
        r = rng.random()
        if r < 0.4:
            name = rng.choice(["find", "rfind", "count", "index", "startswith", "endswith"])
            a = [sub_of(s), rng.randint(-80, 80), rng.randint(-80, 80)][:rng.randint(1, 3)]
            add("meth", "str", enc(s), name, [enc(x) for x in a], [], expect=run(lambda: getattr(s, name)(*a)))
        elif r < 0.8:
            key = slice(rng.choice([None, rng.randint(-80, 80)]), rng.choice([None, rng.randint(-80, 80)]),
                        rng.choice([None, 1, 2, -1, -3, 7]))
            if rng.random() < 0.3:
                key = rng.randint(-75, 75)
            add("getitem", enc(s), enc(key), expect=run(lambda: s[key]))
        else:
            spec = rng.choice(["", "<", ">", "^", "*^"]) + str(rng.randint(0, 90)) + rng.choice(["", ".5", ".40"])
            add("format", enc(s), enc(spec), expect=run(lambda: format(s, spec)))


def gen_new(n):
    """The str, bytes and bytearray constructors."""
    for _ in range(n):
        r = rng.random()
        if r < 0.3:
            x = rng.choice([rstr(5), 12, -3.5, None, b"ab", [1, "a"], (), True, bytearray(b"z")])
            add("new", "str", [enc(x)], [], expect=run(lambda: str(x)))
        elif r < 0.5:
            b = rbytes(8)
            a = [b, rng.choice(["utf-8", "ascii", "latin-1", "utf-16", "bogus"])]
            if rng.random() < 0.5:
                a.append(rng.choice(["strict", "replace", "ignore", "backslashreplace"]))
            add("new", "str", [enc(x) for x in a], [], expect=run(lambda: str(*a)))
        else:
            typ = rng.choice([bytes, bytearray])
            x = rng.choice([rbytes(5), 3, 0, -1, [1, 2, 255], [256], ["a"], "abc", 2.5, bytearray(b"q"), (7,), None])
            a = [x]
            if isinstance(x, str) or rng.random() < 0.1:
                a.append(rng.choice(["utf-8", "ascii", "utf-16-be"]))
                if rng.random() < 0.3:
                    a.append("replace")
            if x is None:
                a = []
            add("new", typ.__name__, [enc(v) for v in a], [], expect=run(lambda: typ(*a)))


def gen_bytearray_mut(n):
    """Sequences of bytearray mutations; each step's outcome and the final value."""
    for _ in range(n):
        init = bytearray(rbytes(8))
        ops = []
        ba = bytearray(init)
        outs = []
        for _ in range(rng.randint(1, 5)):
            op = rng.choice(["append", "extend", "insert", "pop", "remove", "reverse", "clear",
                             "setitem", "delitem", "setslice", "delslice", "iadd", "imul"])
            if op == "append":
                a = [rng.choice([0, 65, 255, 256, -1, "a"])]
            elif op == "extend":
                a = [rng.choice([b"xy", [1, 2], "s", 5, bytearray(b"q"), [300]])]
            elif op == "insert":
                a = [rng.randint(-10, 10), rng.choice([66, 300])]
            elif op == "pop":
                a = [rng.randint(-10, 10)] if rng.random() < 0.6 else []
            elif op == "remove":
                a = [rng.choice(list(ba[:2]) + [7, 300])]
            elif op in ("reverse", "clear"):
                a = []
            elif op == "setitem":
                a = [rng.randint(-10, 10), rng.choice([1, 255, 256, "x"])]
            elif op == "delitem":
                a = [rng.randint(-10, 10)]
            elif op == "setslice":
                a = [slice(rng.choice([None, 1, -2, 5]), rng.choice([None, 3, -1, 20]), rng.choice([None, 1, 2, -1])),
                     rng.choice([b"", b"AB", b"xyz", [1, 2], 5, "no"])]
            elif op == "delslice":
                a = [slice(rng.choice([None, 1, -2]), rng.choice([None, 3, -1]), rng.choice([None, 2, -1]))]
            elif op == "iadd":
                a = [rng.choice([b"!", bytearray(b"?"), "s", [1]])]
            else:
                a = [rng.choice([0, 2, -1, "x"])]

            def apply():
                if op == "setitem":
                    ba[a[0]] = a[1]
                elif op == "delitem":
                    del ba[a[0]]
                elif op == "setslice":
                    ba[a[0]] = a[1]
                elif op == "delslice":
                    del ba[a[0]]
                elif op == "iadd":
                    global_tmp = ba
                    global_tmp += a[0]
                elif op == "imul":
                    global_tmp = ba
                    global_tmp *= a[0]
                else:
                    return getattr(ba, op)(*a)
            res = run(apply)
            if res is None:
                break
            ops.append([op, [enc(x) for x in a]])
            outs.append(res)
        outs.append(["ok", enc(ba)])
        add("bamut", enc(init), ops, expect=["ok", ["l", outs]])


def gen_memoryview(n):
    for _ in range(n):
        src = rbytes(8) if rng.random() < 0.5 else bytearray(rbytes(8))
        m = memoryview(src)
        steps = []
        r = rng.random()
        key = None
        if r < 0.4:
            key = slice(rng.choice([None, 1, -2]), rng.choice([None, 5, -1]), rng.choice([None, 1, 2, -1]))
        fmt = rng.choice([None, None, "B", "b", "c"])
        op = rng.choice(["tobytes", "tolist", "hex", "len", "getitem", "eq", "nbytes", "readonly", "format", "shape", "hash"])
        idx = rng.randint(-9, 9)

        def f():
            v = m
            if fmt is not None:
                v = v.cast(fmt)
            if key is not None:
                v = v[key]
            if op == "tobytes":
                return v.tobytes()
            if op == "tolist":
                return v.tolist()
            if op == "hex":
                return v.hex()
            if op == "len":
                return len(v)
            if op == "getitem":
                return v[idx]
            if op == "eq":
                return v == bytes(src)[key if key is not None else slice(None)]
            if op == "hash":
                return hash(v)
            return getattr(v, op)
        add("mview", enc(src), enc(fmt), enc(key), op, enc(idx), expect=run(f))


def gen_misc(n):
    for _ in range(n):
        r = rng.random()
        if r < 0.25:
            d = {k: rng.choice([rstr(2), 5, None, 0x1f600]) for k in sub_of(rstr(6, "letters")) + rstr(2)}
            if rng.random() < 0.2:
                d = {rstr(2): 1}
            x, y = rstr(4), rstr(4)
            y = y[:len(x)] + "q" * max(0, len(x) - len(y))
            a = rng.choice([[d], [x, y], [x, y, rstr(3)], [x, y[:-1] + "zz"], [5, "a"]])
            add("meth", "str", enc(""), "maketrans", [enc(v) for v in a], [], expect=run(lambda: str.maketrans(*a)))
        elif r < 0.45:
            fmt = rng.choice(["{a}-{b!r:>5}", "{a[0]}", "{0}", "{c}", "{a.real}", "{}"])
            m = {"a": rng.choice([rstr(3), [1, 2], 7]), "b": rstr(2)}
            add("meth", "str", enc(fmt), "format_map", [enc(m)], [], expect=run(lambda: fmt.format_map(m)))
        elif r < 0.6:
            s = rstr(8)
            add("iter", enc(s), expect=run(lambda: list(s)))
            add("meth", "str", enc(s), "__sizeof__", [], [], expect=run(lambda: s.__sizeof__()))
            b0 = rbytes(6)
            add("meth", "bytes", enc(b0), "__sizeof__", [], [], expect=run(lambda: b0.__sizeof__()))
            b = rbytes(5)
            add("iter", enc(b), expect=run(lambda: list(b)))
        elif r < 0.75:
            b = rbytes(6)
            x = rng.choice([sub_of(b), 97, 300, "a", -1, bytearray(b"a")])
            add("op", "in", enc(b), enc(x), expect=run(lambda: x in b))
        elif r < 0.85:
            a, b = rbytes(4), rng.choice([rbytes(3), bytearray(rbytes(3)), "s", 2])
            op = rng.choice(["+", "<", "==", "*"])
            if op == "*":
                b = rng.choice([0, 2, -1, 2.5])
            f = {"+": lambda: a + b, "<": lambda: a < b, "==": lambda: a == b, "*": lambda: a * b}[op]
            add("op", op, enc(a), enc(b), expect=run(f))
        else:
            s = rstr(6)
            op = rng.choice(["+", "*", "<"])
            o = rng.choice([1, 2.5, None, b"x", [1]])
            f = {"+": lambda: s + o, "*": lambda: s * o, "<": lambda: s < o}[op]
            add("op", op, enc(s), enc(o), expect=run(f))


def gen_argerrs(n):
    """Methods called with random argument lists: parsing errors and messages."""
    pool = [1, -1, "a", "", b"a", None, 2.5, True, (), ("a",), [97], 10**30]
    kwpool = ["sep", "maxsplit", "zzz", "encoding", "errors", "keepends", "tabsize", "bytes_per_sep",
              "delete", "table", "width", "fillchar", "sub", "start"]
    targets = [("str", "ab a"), ("bytes", b"ab a"), ("bytearray", bytearray(b"ab a"))]
    for _ in range(n):
        typ, base = rng.choice(targets)
        names = [m for m in dir(type(base)) if not m.startswith("_")] + ["__format__"]
        name = rng.choice(names)
        obj = type(base)(base)
        a = [rng.choice(pool) for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4]))]
        kw = {}
        if rng.random() < 0.3:
            for _ in range(rng.randint(1, 2)):
                kw[rng.choice(kwpool)] = rng.choice(pool)
        exp = run(lambda: getattr(obj, name)(*a, **kw))
        add("meth", typ, enc(base), name, [enc(x) for x in a], [[k, enc(v)] for k, v in kw.items()], expect=exp)


def gen_garbage_formats(n):
    """Random strings over the format syntax's own characters: every path of
    the str.format and %-format parsers, errors included."""
    for _ in range(n):
        fmt = "".join(rng.choice("{}{}[]!:.0a1rsx<>^* ") for _ in range(rng.randint(1, 9)))
        pos = [rng.choice(["ab", 5, [1, 2], {"a": 1}]) for _ in range(rng.randint(0, 2))]
        kw = {"a": "A"} if rng.random() < 0.5 else {}
        add("fmt", enc(fmt), [enc(x) for x in pos], [[k, enc(v)] for k, v in kw.items()],
            expect=run(lambda: fmt.format(*pos, **kw)))
        pf = "".join(rng.choice("%%%()a*.5-+ #0sdrcx") for _ in range(rng.randint(1, 8)))
        args = rng.choice([(), ("x",), (1, 2), {"a": 7}, 3, (2, 3.5, "s")])
        add("mod", enc(pf), enc(args), expect=run(lambda: pf % args))


gen_garbage_formats(3000 * SCALE)
gen_argerrs(6000 * SCALE)
gen_wide(3000 * SCALE)
gen_long(3000 * SCALE)
gen_new(2000 * SCALE)
gen_bytearray_mut(2000 * SCALE)
gen_memoryview(2000 * SCALE)
gen_misc(3000 * SCALE)
gen_str_methods(24000 * SCALE)
gen_bytes_methods(9000 * SCALE)
gen_hash(5000 * SCALE, 2000 * SCALE)
gen_percent(6000 * SCALE)
gen_format(4000 * SCALE)
gen_index(3000 * SCALE)
gen_ops(3000 * SCALE)

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
out = os.path.join(root, "testdata", "strcorpus", "cases.jsonl.gz")
os.makedirs(os.path.dirname(out), exist_ok=True)
with gzip.GzipFile(out, "wb", mtime=0) as f:
    for c in cases:
        f.write((json.dumps(c, separators=(",", ":")) + "\n").encode("ascii"))
print("%s: %d cases" % (os.path.relpath(out, root), len(cases)))
