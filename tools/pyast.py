#!/usr/bin/env python3
"""Print CPython's AST dump (or its SyntaxError) for each file named, in one process.

Usage: pyast.py [--root DIR] [--no-attributes] [--list FILE | PATH...]
Paths are relative to --root when given (the stdlib dir for parsecheck).

Output, one record per file, in the order given, two lines each:

    ### <path>
    OK <ast.dump(ast.parse(src, path), include_attributes=True)>
or
    ### <path>
    ERR <type>\t<lineno>\t<offset>\t<end_lineno>\t<end_offset>\t<msg>

The source is read as bytes so that the coding cookie and BOM are honoured
exactly as by the compiler. A dump is one line (reprs escape newlines); an
error message has its newlines escaped as \\n. None positions print as 0.
Exceptions other than SyntaxError (ValueError for NUL bytes, RecursionError,
MemoryError...) are reported by type with zero positions.
"""

import ast
import os
import sys


def main():
    args = sys.argv[1:]
    root = ""
    attrs = True
    paths = []
    while args:
        a = args.pop(0)
        if a == "--root":
            root = args.pop(0)
        elif a == "--no-attributes":
            attrs = False
        elif a == "--list":
            with open(args.pop(0)) as f:
                paths += [l.strip() for l in f if l.strip() and not l.startswith("#")]
        else:
            paths.append(a)
    out = sys.stdout
    for p in paths:
        full = os.path.join(root, p) if root else p
        out.write("### %s\n" % p)
        with open(full, "rb") as f:
            src = f.read()
        try:
            tree = ast.parse(src, full)
        except SyntaxError as e:
            out.write("ERR %s\t%d\t%d\t%d\t%d\t%s\n" % (
                type(e).__name__, e.lineno or 0, e.offset or 0, e.end_lineno or 0,
                e.end_offset or 0, str(e.msg).replace("\\", "\\\\").replace("\n", "\\n")))
            continue
        except Exception as e:  # ValueError (NUL byte), RecursionError, MemoryError
            out.write("ERR %s\t0\t0\t0\t0\t%s\n" % (
                type(e).__name__, str(e).replace("\\", "\\\\").replace("\n", "\\n")))
            continue
        out.write("OK %s\n" % ast.dump(tree, include_attributes=attrs))
    out.flush()


if __name__ == "__main__":
    main()
