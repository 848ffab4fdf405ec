#!/usr/bin/env python3
"""Generate minipy's Unicode tables from CPython 3.11's own Unicode database.

Run by `go generate` in lang/unicodedata (the working directory is the
package). Writes:

  props.bin   per-code-point properties as a two-level table, little endian:
                u32 nblocks, u32 nrecords, u32 nnumerics, u32 nspecial
                stage1: 0x110000/128 u16 block numbers
                stage2: nblocks*128 u16 record numbers
                records: nrecords * 28 bytes (see record layout in props.go)
                numerics: nnumerics f64
                special: nspecial u32 (full case mappings of more than one
                         character: a length then the code points)
  decomp.bin  full canonical and compatibility decompositions (NFD and NFKD of
              one character, where they differ from it), the canonical
              composition pairs and the unicodedata.decomposition() strings,
              little endian, zlib-compressed, see norm.go.
  names.bin   zlib-compressed text: "HEX;NAME\n" for every named code point
              except the algorithmic ones (CJK unified ideographs, Hangul
              syllables), then a line "ALIASES", then "HEX;ALIAS\n" for the
              name aliases unicodedata.lookup accepts.

Every value comes from python3 (unicodedata and the str methods), which must be
CPython 3.11 (Unicode 14.0.0). The candidate alias names come from Perl's
Name.pl (same Unicode version) and are kept only where python3's
unicodedata.lookup maps them to one code point that has another name.
"""

import os
import struct
import sys
import unicodedata
import zlib

if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
    sys.exit("gen.py needs CPython 3.11 with Unicode 14.0.0, got %s / %s"
             % (sys.version.split()[0], unicodedata.unidata_version))

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
              "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
              "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
CAT_INDEX = {c: i for i, c in enumerate(CATEGORIES)}
BIDI = ["", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"]
BIDI_INDEX = {c: i for i, c in enumerate(BIDI)}
EAW = ["N", "Na", "A", "W", "H", "F"]
EAW_INDEX = {c: i for i, c in enumerate(EAW)}
MIRRORED = 0x80  # in the east-asian-width byte

# Flag bits; keep in step with props.go.
PRINTABLE = 1 << 0
SPACE = 1 << 1
ALPHA = 1 << 2
DECIMAL = 1 << 3
DIGIT = 1 << 4
NUMERIC = 1 << 5
UPPER = 1 << 6
LOWER = 1 << 7
TITLE = 1 << 8
CASED = 1 << 9
CASE_IGNORABLE = 1 << 10
XID_START = 1 << 11  # c.isidentifier(): XID_Start or "_"
XID_CONTINUE = 1 << 12
ALNUM = 1 << 13
LINEBREAK = 1 << 14

BLOCK = 128
NCP = 0x110000

special = [0]  # index 0 unused so that 0 never means "special"
special_index = {}


def case_map(cp, mapped):
    """Encode a full case mapping: even = delta<<1, odd = special index<<1|1."""
    if len(mapped) == 1:
        return (ord(mapped) - cp) << 1
    key = tuple(ord(c) for c in mapped)
    if key not in special_index:
        special_index[key] = len(special)
        special.append(len(key))
        special.extend(key)
    return (special_index[key] << 1) | 1


def main():
    numerics = [0.0]
    numeric_index = {}
    records = []
    record_index = {}
    cp_record = []
    for cp in range(NCP):
        c = chr(cp)
        cat = unicodedata.category(c)
        flags = 0
        if c.isprintable():
            flags |= PRINTABLE
        if c.isspace():
            flags |= SPACE
        if c.isalpha():
            flags |= ALPHA
        if c.isalnum():
            flags |= ALNUM
        if c.isdecimal():
            flags |= DECIMAL
        if c.isdigit():
            flags |= DIGIT
        if c.isnumeric():
            flags |= NUMERIC
        if c.isupper():
            flags |= UPPER
        if c.islower():
            flags |= LOWER
        if cat == "Lt":
            flags |= TITLE
        # Cased is Lowercase + Uppercase + Lt by definition (Unicode's
        # DerivedCoreProperties). Case_Ignorable has no Python accessor, so
        # the final-sigma rule of str.lower() reveals it: in c+'Σ' the sigma
        # is final iff c is cased and not ignorable; in 'A'+c+'Σ' iff c is
        # ignorable (skipped, then 'A' is cased) or c is cased.
        cased = c.islower() or c.isupper() or cat == "Lt"
        y = (c + "\u03a3").lower().endswith("\u03c2")
        x = ("A" + c + "\u03a3").lower().endswith("\u03c2")
        ignorable = (not y) if cased else x
        if cased:
            flags |= CASED
        if ignorable:
            flags |= CASE_IGNORABLE
        if len(("a" + c + "b").splitlines()) == 2:
            flags |= LINEBREAK
        if c.isidentifier():
            flags |= XID_START
        if ("a" + c).isidentifier():
            flags |= XID_CONTINUE
        dec = unicodedata.decimal(c, -1)
        dig = unicodedata.digit(c, -1)
        num = unicodedata.numeric(c, None)
        ni = 0
        if num is not None:
            if num not in numeric_index:
                numeric_index[num] = len(numerics)
                numerics.append(num)
            ni = numeric_index[num]
        ccc = unicodedata.combining(c)
        eawm = EAW_INDEX[unicodedata.east_asian_width(c)]
        if unicodedata.mirrored(c):
            eawm |= MIRRORED
        rec = (CAT_INDEX[cat], ccc, flags, dec, dig, ni, BIDI_INDEX[unicodedata.bidirectional(c)], eawm, 0,
               case_map(cp, c.upper()), case_map(cp, c.lower()),
               case_map(cp, c.title()), case_map(cp, c.casefold()))
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        cp_record.append(record_index[rec])

    blocks = []
    block_index = {}
    stage1 = []
    for b in range(0, NCP, BLOCK):
        blk = tuple(cp_record[b:b + BLOCK])
        if blk not in block_index:
            block_index[blk] = len(blocks)
            blocks.append(blk)
        stage1.append(block_index[blk])

    out = bytearray()
    out += struct.pack("<4I", len(blocks), len(records), len(numerics), len(special))
    out += struct.pack("<%dH" % len(stage1), *stage1)
    for blk in blocks:
        out += struct.pack("<%dH" % BLOCK, *blk)
    for r in records:
        out += struct.pack("<BBHbbHBBHiiii", *r)
    out += struct.pack("<%dd" % len(numerics), *numerics)
    out += struct.pack("<%dI" % len(special), *special)
    with open("props.bin", "wb") as f:
        f.write(out)
    print("props.bin: %d bytes, %d blocks, %d records, %d numerics, %d special"
          % (len(out), len(blocks), len(records), len(numerics), len(special)))

    # Decompositions and composition pairs.
    dec = bytearray()
    for form in ("NFD", "NFKD"):
        entries = []
        for cp in range(NCP):
            if 0xAC00 <= cp <= 0xD7A3:
                continue  # Hangul syllables decompose algorithmically
            c = chr(cp)
            d = unicodedata.normalize(form, c)
            if d != c:
                entries.append((cp, [ord(x) for x in d]))
        dec += struct.pack("<I", len(entries))
        for cp, runes in entries:
            dec += struct.pack("<IB", cp, len(runes))
            dec += struct.pack("<%dI" % len(runes), *runes)
    pairs = []
    for cp in range(NCP):
        if 0xAC00 <= cp <= 0xD7A3:
            continue
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", c) == c:
            pairs.append((parts[0], parts[1], cp))
    dec += struct.pack("<I", len(pairs))
    for p in pairs:
        dec += struct.pack("<3I", *p)
    # unicodedata.decomposition() strings (one level, with <tag>).
    decs = [(cp, unicodedata.decomposition(chr(cp))) for cp in range(NCP)]
    decs = [(cp, d) for cp, d in decs if d]
    dec += struct.pack("<I", len(decs))
    for cp, d in decs:
        dec += struct.pack("<IB", cp, len(d)) + d.encode("ascii")
    zdec = zlib.compress(bytes(dec), 9)
    with open("decomp.bin", "wb") as f:
        f.write(zdec)
    print("decomp.bin: %d bytes (%d raw), %d pairs" % (len(zdec), len(dec), len(pairs)))

    # Names.
    lines = []
    for cp in range(NCP):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
            continue
        lines.append("%X;%s\n" % (cp, name))
    # The ranges of algorithmic CJK unified ideograph names, which
    # unicodedata.lookup accepts as CJK UNIFIED IDEOGRAPH-XXXX[X].
    lo = None
    for cp in range(NCP + 1):
        is_cjk = cp < NCP and unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH-")
        if is_cjk and lo is None:
            lo = cp
        elif not is_cjk and lo is not None:
            lines.append("CJK;%X;%X\n" % (lo, cp - 1))
            lo = None
    lines.append("ALIASES\n")
    nalias = 0
    for alias, cp in sorted(perl_aliases(), key=lambda a: (a[1], a[0])):
        try:
            got = unicodedata.lookup(alias)
        except KeyError:
            continue
        if got == chr(cp) and unicodedata.name(got, None) != alias:
            lines.append("%X;%s\n" % (cp, alias))
            nalias += 1
    lines.append("SEQUENCES\n")
    nseq = 0
    for name, cps in sorted(perl_sequences()):
        try:
            got = unicodedata.lookup(name)
        except KeyError:
            continue
        if [ord(x) for x in got] == list(cps):
            lines.append("%s;%s\n" % (" ".join("%X" % c for c in cps), name))
            nseq += 1
    text = "".join(lines).encode("ascii")
    z = zlib.compress(text, 9)
    with open("names.bin", "wb") as f:
        f.write(z)
    print("names.bin: %d bytes (%d raw), %d aliases, %d named sequences" % (len(z), len(text), nalias, nseq))


def perl_entries():
    """(name, code points) pairs from Perl's unicore/Name.pl."""
    import glob
    paths = sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")) + \
        sorted(glob.glob("/usr/lib/perl5/*/unicore/Name.pl"))
    if not paths:
        sys.exit("gen.py: Perl's unicore/Name.pl not found (needed for name aliases)")
    text = open(paths[-1], encoding="ascii").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    out = set()
    for entry in body.split("\n\n"):
        parts = entry.strip().split("\n")
        if len(parts) != 2:
            continue
        cps, name = parts
        out.add((name.strip(), tuple(int(x, 16) for x in cps.split())))
    return out


def perl_aliases():
    """Candidate alias (name, code point) pairs: single code points."""
    return {(n, cps[0]) for n, cps in perl_entries() if len(cps) == 1}


def perl_sequences():
    """Candidate named sequences: several code points (\\N{} refuses them,
    unicodedata.lookup accepts them)."""
    return {(n, cps) for n, cps in perl_entries() if len(cps) > 1}


if __name__ == "__main__":
    main()
