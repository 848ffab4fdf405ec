"""Dump python3's symbol tables in the format of minipy's SymbolTable.Dump.

Usage: python3 tools/pysymtable.py FILE...

For each file prints a header line "=== FILE", then either the tables or
"error: MSG line N" for a SyntaxError. minipy's differential test runs this
once over a list of files and compares block by block.
"""
import _symtable
import sys

TYPES = {0: "function", 1: "class", 2: "module"}


def dump(t, depth, out):
    ind = "  " * depth
    nested = "true" if t.nested else "false"
    out.append("%s%s %s %d nested=%s varnames=[%s]" % (
        ind, TYPES[t.type], t.name, t.lineno, nested, " ".join(t.varnames)))
    for name in sorted(t.symbols):
        out.append("%s  %s %d" % (ind, name, t.symbols[name]))
    for c in t.children:
        dump(c, depth + 1, out)


def main(paths):
    w = sys.stdout.write
    for path in paths:
        w("=== %s\n" % path)
        with open(path, "rb") as f:
            src = f.read()
        try:
            top = _symtable.symtable(src, path, "exec")
        except SyntaxError as e:
            w("error: %s line %s\n" % (e.msg, e.lineno))
            continue
        out = []
        dump(top, 0, out)
        w("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
