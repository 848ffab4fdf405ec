#!/usr/bin/env python3
"""Digest of every Unicode property lang/unicodedata provides, from CPython 3.11.

For each code point, one line with what python3 says: category, combining
class, the str predicates, numeric values, the case mappings (per character
and in context: final sigma, title, capitalize), the four normalizations and
the name. The lines of each chunk of 4096 code points are hashed (md5) and
written to testdata/props.md5; unicodedata_test.go computes the same lines from
the Go tables and compares. Every code point of planes 0-3 and 14 is covered;
the unassigned and private-use planes are sampled (every 61st code point).

Usage: digest.py            write testdata/props.md5 (run by go generate)
       digest.py full HEX   print the lines of the chunk starting at HEX
"""

import hashlib
import sys
import unicodedata as u

CHUNK = 4096


def hx(s):
    return ','.join('%x' % ord(c) for c in s)


def line(cp):
    c = chr(cp)
    num = u.numeric(c, None)
    return ' '.join([
        u.category(c), str(u.combining(c)),
        ''.join('1' if f else '0' for f in (
            c.isprintable(), c.isspace(), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(),
            c.isnumeric(), c.isupper(), c.islower(), c.istitle(), c.isidentifier(),
            ('a' + c).isidentifier(), len(('a' + c + 'b').splitlines()) == 2)),
        str(u.decimal(c, -1)), str(u.digit(c, -1)), 'none' if num is None else repr(num),
        hx(c.upper()), hx(c.lower()), hx(c.title()), hx(c.casefold()), hx(c.swapcase()),
        hx((c + '\u03a3').lower()), hx(('A' + c + '\u03a3').lower()), hx(('A\u03a3' + c).lower()),
        hx((c + 'aB').title()), hx(('a' + c + 'B').title()), hx((c + 'Ab').capitalize()),
        hx(u.normalize('NFC', c)), hx(u.normalize('NFD', c)), hx(u.normalize('NFKC', c)),
        hx(u.normalize('NFKD', c)),
        u.bidirectional(c) or '-', u.east_asian_width(c), str(u.mirrored(c)),
        u.decomposition(c).replace(' ', '_') or '-',
        u.name(c, '-').replace(' ', '_')])


def chunk_cps(b):
    step = 1 if b < 0x40000 or 0xE0000 <= b < 0xF0000 else 61
    return range(b, b + CHUNK, step)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == 'full':
        b = int(sys.argv[2], 16)
        print('\n'.join(line(cp) for cp in chunk_cps(b)))
        return
    if sys.version_info[:2] != (3, 11):
        sys.exit('digest.py needs CPython 3.11')
    with open('testdata/props.md5', 'w') as f:
        for b in range(0, 0x110000, CHUNK):
            text = '\n'.join(line(cp) for cp in chunk_cps(b))
            f.write('%x %s\n' % (b, hashlib.md5(text.encode()).hexdigest()))


if __name__ == '__main__':
    main()
