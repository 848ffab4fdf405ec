"""Write testdata/compile/errors.golden from testdata/compile/errors.txt.

Usage: python3 testdata/compile/gen_errors.py [--check]

Each case of errors.txt ("### name" then source) is compiled with python3's
compile(src, "<case>", "exec"); the golden line is "name: LINE:OFFSET: MSG"
for a SyntaxError or "name: ok". With --check, print the golden to stdout
instead of writing it (the Go test compares).
"""
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "errors.txt")
OUT = os.path.join(HERE, "errors.golden")


def cases(text):
    name, lines = None, []
    for line in text.split("\n"):
        if line.startswith("### "):
            if name:
                yield name, "\n".join(lines) + "\n"
            name, lines = line[4:].strip(), []
        elif name is not None:
            lines.append(line)
        # lines before the first case are comments
    if name:
        yield name, "\n".join(lines).rstrip("\n") + "\n"


def main():
    out = []
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    for name, src in cases(text):
        warnings.simplefilter("ignore")
        try:
            compile(src, "<case>", "exec", dont_inherit=True)
            out.append("%s: ok" % name)
        except SyntaxError as e:
            out.append("%s: %d:%d: %s" % (name, e.lineno or 0, e.offset or 0, e.msg))
    data = "\n".join(out) + "\n"
    if "--check" in sys.argv:
        sys.stdout.write(data)
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)


if __name__ == "__main__":
    main()
