#!/usr/bin/env python3
"""Generate the int/float/complex corpus for vm/objects (testdata/numcorpus).

Run with CPython 3.11 from the repository root:

    python3 tools/numcorpus/gen.py

Every case is computed here by python3 and replayed by
vm/objects/num_corpus_test.go through minipy's implementation. The files are
gzipped text, one case per line, fields separated by tabs:

    b  OP  A  B  RESULT        binary operator / comparison
    u  OP  A  RESULT           unary operation or method
    p  A  B  M  RESULT         pow(A, B, M)
    r  A  N  RESULT            round(A, N)   (N is '-' for round(A))
    f  A  SPEC  RESULT         format(A, SPEC)
    i  S  BASE  RESULT         int(S, BASE)  (BASE '-' for int(S))
    d  S  RESULT               float(S)
    x  S  RESULT               complex(S)

Operands: i<int> (decimal, or 0x... hex when large), f<repr(float)>,
b<True|False>, c<repr(re)>,<repr(im)>. Strings (S, SPEC) are the hex of
their UTF-8 bytes. RESULT is an operand encoding, t<items joined by ;> for a
tuple, s<hex> for a str, or !<ExceptionName>:<str(exception)>.
"""

import gzip
import math
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "the corpus must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "testdata", "numcorpus")
rng = random.Random(20261125)


def enc(v):
    t = type(v)
    if t is bool:
        return "b" + repr(v)
    if t is int:
        return "i" + (str(v) if abs(v) < 10**18 else hex(v))
    if t is float:
        return "f" + repr(v)
    if t is complex:
        return "c" + repr(v.real) + "," + repr(v.imag)
    if t is tuple:
        return "t" + ";".join(enc(x) for x in v)
    if t is str:
        return "s" + hexs(v)
    raise TypeError(t)


def hexs(s):
    return s.encode("utf-8", "surrogatepass").hex()


def result(f):
    try:
        return enc(f())
    except (ArithmeticError, ValueError, TypeError, MemoryError) as e:
        return "!" + type(e).__name__ + ":" + str(e)


# ---- operands -----------------------------------------------------------

def rand_int():
    k = rng.random()
    if k < 0.25:
        return rng.randint(-300, 300)
    if k < 0.40:
        return rng.randint(-2**31, 2**31)
    if k < 0.55:
        base = rng.choice([2**63, -2**63, 2**62, -2**62, 2**64, -2**64, 2**53, -2**53, 2**32, 2**31])
        return base + rng.randint(-3, 3)
    if k < 0.70:
        return rng.randint(-2**63, 2**63 - 1)
    if k < 0.80:
        v = rng.choice([2, 10, 3, 7]) ** rng.randint(0, 200)
        return rng.choice([1, -1]) * v + rng.randint(-1, 1)
    bits = rng.choice([65, 70, 100, 128, 200, 500, 1000, 3000])
    return rng.choice([1, -1]) * rng.getrandbits(bits)


def rand_float():
    k = rng.random()
    if k < 0.08:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.5,
                           1e16, 1e22, 1e23, 2.0**53, 2.0**53 + 2, 2.0**63, -2.0**63, 2.0**64,
                           5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.125, 0.375])
    if k < 0.25:
        return float(rng.randint(-1000, 1000)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
    if k < 0.45:
        return rng.uniform(-1e6, 1e6)
    if k < 0.55:
        return rng.choice([1, -1]) * rng.randint(0, 10**rng.randint(1, 17)) / 10**rng.randint(0, 17)
    if k < 0.65:
        return float(rng.randint(-2**70, 2**70)) if rng.random() < 0.5 else float(rng.randint(-2**60, 2**60))
    m = rng.random() + 0.5
    e = rng.randint(-1080, 1030) if rng.random() < 0.3 else rng.randint(-70, 70)
    try:
        return rng.choice([1, -1]) * math.ldexp(m, e)
    except OverflowError:
        return math.inf


def rand_num():
    k = rng.random()
    if k < 0.45:
        return rand_int()
    if k < 0.9:
        return rand_float()
    return rng.choice([True, False])


BINOPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b,
    "floordiv": lambda a, b: a // b,
    "mod": lambda a, b: a % b,
    "divmod": divmod,
    "pow": lambda a, b: a ** b,
    "lshift": lambda a, b: a << b,
    "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "xor": lambda a, b: a ^ b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def safe_pair(op, a, b):
    """Skip pairs whose result would be astronomically large."""
    if op == "pow" and isinstance(a, int) and isinstance(b, int) and b > 0:
        return abs(a) <= 1 or b * max(abs(a).bit_length(), 1) <= 30000
    if op == "lshift" and isinstance(b, int) and not isinstance(b, bool):
        return b <= 3000
    return True


def gen_binary(lines, n):
    ops = list(BINOPS)
    while n > 0:
        op = rng.choice(ops)
        a, b = rand_num(), rand_num()
        if op in ("lshift", "rshift") and isinstance(b, int) and rng.random() < 0.8:
            b = rng.randint(-2, 130)
        if op == "pow" and rng.random() < 0.6:
            b = rng.choice([rng.randint(-5, 40), rng.uniform(-4, 4), float(rng.randint(-30, 30)), 0.5, -0.5])
        if op in ("mod", "floordiv", "divmod", "truediv") and rng.random() < 0.05:
            b = rng.choice([0, 0.0, -0.0])
        if not safe_pair(op, a, b):
            continue
        lines.append("\t".join(["b", op, enc(a), enc(b), result(lambda: BINOPS[op](a, b))]))
        n -= 1


def gen_compare_exact(lines, n):
    """int/float comparisons near the precision limits."""
    for _ in range(n):
        i = rng.choice([2**53 + 1, 2**63, 2**63 - 1, -2**63, 2**64 + 1, 10**30, 2**1024, -2**1024 + 1,
                        2**1023 * 3, rng.getrandbits(rng.randint(50, 1100))])
        i += rng.randint(-2, 2)
        if rng.random() < 0.5:
            i = -i
        try:
            f = float(i)
        except OverflowError:
            f = math.inf if i > 0 else -math.inf
        f = rng.choice([f, math.nextafter(f, math.inf), math.nextafter(f, -math.inf), f + 0.5, math.nan])
        op = rng.choice(["lt", "le", "eq", "ne", "gt", "ge"])
        a, b = (i, f) if rng.random() < 0.5 else (f, i)
        lines.append("\t".join(["b", op, enc(a), enc(b), result(lambda: BINOPS[op](a, b))]))


UNARY = {
    "neg": lambda a: -a,
    "pos": lambda a: +a,
    "abs": abs,
    "invert": lambda a: ~a,
    "bool": bool,
    "hash": hash,
    "repr": repr,
    "str": str,
    "int": int,
    "float": float,
    "trunc": math.trunc,
    "floor": math.floor,
    "ceil": math.ceil,
    "hex": lambda a: a.hex(),
    "bit_length": lambda a: a.bit_length(),
    "bit_count": lambda a: a.bit_count(),
    "as_integer_ratio": lambda a: a.as_integer_ratio(),
    "is_integer": lambda a: a.is_integer(),
    "fromhex": lambda a: float.fromhex(a.hex()),
}

INT_UNARY = ["neg", "pos", "abs", "invert", "bool", "hash", "repr", "str", "int", "float",
             "trunc", "floor", "ceil", "bit_length", "bit_count", "as_integer_ratio"]
FLOAT_UNARY = ["neg", "pos", "abs", "bool", "hash", "repr", "str", "int", "float", "trunc",
               "floor", "ceil", "hex", "as_integer_ratio", "is_integer", "fromhex"]


def gen_unary(lines, n):
    for _ in range(n):
        if rng.random() < 0.5:
            a = rand_int()
            if rng.random() < 0.05:
                a = rng.choice([1, -1]) * (10 ** rng.randint(4295, 4305) + rng.randint(-1, 1))
            op = rng.choice(INT_UNARY)
        else:
            a = rand_float()
            op = rng.choice(FLOAT_UNARY)
        if op == "hash" and isinstance(a, float) and math.isnan(a):
            continue
        lines.append("\t".join(["u", op, enc(a), result(lambda: UNARY[op](a))]))


def gen_powmod(lines, n):
    for _ in range(n):
        a = rand_int()
        b = rng.choice([rng.randint(-50, 1000), rand_int()])
        m = rng.choice([rng.randint(-1000, 1000), rand_int(), 1, -1, 0])
        lines.append("\t".join(["p", enc(a), enc(b), enc(m), result(lambda: pow(a, b, m))]))


def gen_round(lines, n):
    for _ in range(n):
        if rng.random() < 0.75:
            a = rand_float()
            if rng.random() < 0.3:
                # decimal ties such as 0.125, 2.675
                a = rng.randint(-10**6, 10**6) / 10 ** rng.randint(0, 6) + rng.choice([0, 0.5, 0.005, 0.05])
            nd = rng.choice([None, None, rng.randint(-5, 10), rng.randint(-320, 330)])
        else:
            a = rand_int()
            nd = rng.choice([None, rng.randint(-40, 5)])
        f = (lambda: round(a)) if nd is None else (lambda: round(a, nd))
        lines.append("\t".join(["r", enc(a), "-" if nd is None else str(nd), result(f)]))


FILLS = [" ", "*", "0", "x", "_", "é", "€", ","]


def rand_spec(kind):
    parts = []
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            parts.append(rng.choice(FILLS))
        parts.append(rng.choice("<>=^"))
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.05 or (kind == "f" and rng.random() < 0.1):
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 30)))
    if rng.random() < 0.25:
        parts.append(rng.choice(",_"))
    if (kind == "f" and rng.random() < 0.6) or rng.random() < 0.05:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 10, 17, 25, rng.randint(0, 60)])))
    if kind == "i":
        types = "bcdoxXn" * 3 + "eEfFgG%" + "s"
    else:
        types = "eEfFgGn%" * 2 + "d"
    if rng.random() < 0.8:
        parts.append(rng.choice(types))
    return "".join(parts)


def gen_format(lines, n):
    for _ in range(n):
        if rng.random() < 0.45:
            a = rand_int()
            if rng.random() < 0.3:
                a = rng.randint(-0x10ffff, 0x110000) if rng.random() < 0.5 else rng.randint(-10**12, 10**12)
            spec = rand_spec("i")
        else:
            a = rand_float()
            spec = rand_spec("f")
        lines.append("\t".join(["f", enc(a), hexs(spec), result(lambda: format(a, spec))]))


DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def rand_int_literal():
    base = rng.choice([0, 0, 10, 10, 2, 8, 16, rng.randint(2, 36)])
    b = base or rng.choice([10, 2, 8, 16])
    nd = rng.choice([1, 2, 5, 10, 19, 20, 40, rng.randint(1, 200)])
    ds = [rng.choice(DIGITS[:b]) for _ in range(nd)]
    if rng.random() < 0.3:
        ds = [d.upper() for d in ds]
    s = ""
    for i, d in enumerate(ds):
        if i > 0 and rng.random() < 0.1:
            s += "_"
        s += d
    prefix = ""
    if b in (2, 8, 16) and (base == 0 or rng.random() < 0.5):
        prefix = "0" + {2: "b", 8: "o", 16: "x"}[b]
        if rng.random() < 0.3:
            prefix = prefix.upper()
        if rng.random() < 0.1:
            prefix += "_"
    s = rng.choice(["", "", "+", "-"]) + prefix + s
    if rng.random() < 0.2:
        s = rng.choice([" ", "\t", "\n ", "\u3000", "\xa0"]) + s + rng.choice(["", " ", "\r\n", "\u2003"])
    if rng.random() < 0.25:
        # break it
        i = rng.randint(0, len(s))
        s = s[:i] + rng.choice(["_", "__", " ", "x", "z", ".", "-", "0", "\u0663", "\u00b2"]) + s[i:]
    if rng.random() < 0.03:
        s = "1" * rng.choice([4300, 4301, 5000])
        base = rng.choice([10, 16, 0])
    return s, base


def gen_parse_int(lines, n):
    for _ in range(n):
        s, base = rand_int_literal()
        if rng.random() < 0.2:
            s = rng.choice(["", " ", "0", "00", "0_0", "-0", "+", "0x", "0b2", "1__2", "_1", "1_",
                            "١٢٣", "0o17", "0O17", "12L", "1e5", "\u0661\u0662", "0_x1"])
            base = rng.choice([0, 10, 16, 8])
        if rng.random() < 0.1:
            lines.append("\t".join(["i", hexs(s), "-", result(lambda: int(s))]))
        else:
            lines.append("\t".join(["i", hexs(s), str(base), result(lambda: int(s, base))]))


def rand_float_literal():
    k = rng.random()
    if k < 0.4:
        s = repr(rand_float())
    elif k < 0.6:
        s = rng.choice(["inf", "Infinity", "-iNF", "+nan", "NaN", "-nan", "infinit", "infinityy", "in f",
                        "1e", "1e+", ".", "-.5", "5.", "1_000.5", "1__0", "_1", "1_", "1_e5", "1e1_0",
                        "0x1p3", "1.5j", "٣.٥", "1,5", "  1.5\n", "\u20031e3\u3000", "1e-400", "1e400",
                        "-1e400", "00012", ".e1", "1.e1", "+-1", "١e١"])
    else:
        m = str(rng.randint(0, 10**rng.randint(1, 20)))
        if rng.random() < 0.5:
            i = rng.randint(0, len(m))
            m = m[:i] + "." + m[i:]
        if rng.random() < 0.4:
            m += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 330))
        if rng.random() < 0.2 and len(m) > 2:
            i = rng.randint(1, len(m) - 1)
            m = m[:i] + "_" + m[i:]
        s = rng.choice(["", "-", "+"]) + m
    if rng.random() < 0.1:
        s = " " + s + "\t"
    return s


def gen_parse_float(lines, n):
    for _ in range(n):
        s = rand_float_literal()
        lines.append("\t".join(["d", hexs(s), result(lambda: float(s))]))


def gen_parse_complex(lines, n):
    forms = ["1+2j", "1-2j", "-1.5e3+4J", "j", "-j", "+j", "1+j", "2-j", "3j", "(1+2j)", " ( 1+2j ) ",
             "1+2", "1 + 2j", "nan+infj", "-inf-nanj", "1e5-1e-5j", "(1", "1)", "", "()", "1_0+2_0j",
             "1__0j", "0j", "-0j", "(-0-0j)", "1e400j", "infj", "jj", "1+2jj", "1.+.5j"]
    for _ in range(n):
        if rng.random() < 0.5:
            s = rng.choice(forms)
        else:
            re, im = rand_float(), rand_float()
            s = repr(complex(re, im))
        lines.append("\t".join(["x", hexs(s), result(lambda: complex(s))]))


def gen_complex_ops(lines, n):
    ops = ["add", "sub", "mul", "truediv", "pow", "eq", "ne"]
    for _ in range(n):
        a = complex(rng.choice([rand_float(), float(rng.randint(-5, 5))]), rng.choice([rand_float(), float(rng.randint(-5, 5))]))
        b = rng.choice([complex(rand_float(), rand_float()), rand_float(), rng.randint(-5, 5),
                        complex(rng.randint(-3, 3), rng.randint(-3, 3))])
        op = rng.choice(ops)
        if op == "pow":
            b = rng.choice([rng.randint(-5, 10), complex(rng.randint(-2, 2), rng.randint(-2, 2)), 0.5])
        lines.append("\t".join(["b", op, enc(a), enc(b), result(lambda: BINOPS[op](a, b))]))
        u = rng.choice(["repr", "abs", "hash", "neg", "bool"])
        if u == "hash" and (math.isnan(a.real) or math.isnan(a.imag)):
            continue
        lines.append("\t".join(["u", u, enc(a), result(lambda: UNARY[u](a))]))
        spec = rng.choice(["", ".2f", "10", "<20", "^30.3e", "+g", "#", ".0f", "e", "n", ",.2f", "_g", "z.1f", "010", "=5", "d"])
        lines.append("\t".join(["f", enc(a), hexs(spec), result(lambda: format(a, spec))]))


def write(name, lines):
    path = os.path.join(OUT, name + ".txt.gz")
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{path}: {len(lines)} cases")


def main():
    os.makedirs(OUT, exist_ok=True)
    sections = [
        ("binary", gen_binary, 40000),
        ("compare", gen_compare_exact, 4000),
        ("unary", gen_unary, 16000),
        ("powmod", gen_powmod, 3000),
        ("round", gen_round, 8000),
        ("format", gen_format, 20000),
        ("parse_int", gen_parse_int, 8000),
        ("parse_float", gen_parse_float, 6000),
        ("complex", gen_parse_complex, 1500),
        ("complex_ops", gen_complex_ops, 2000),
    ]
    total = 0
    for name, fn, n in sections:
        lines = []
        fn(lines, n)
        write(name, lines)
        total += len(lines)
    print("total", total)


if __name__ == "__main__":
    main()
