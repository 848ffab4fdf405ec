"""Measure how much of minipy's embedded Python is CPython's text.

For every Python source embedded in a Go raw string (the `*_py.go` files
of vm/builtins, vm/interp and vm/stdlib), count the non-trivial lines that also occur,
identically after stripping, in CPython's Lib: first in the module(s) the
source stands for, then anywhere in Lib (tests excluded). A line is trivial
when it is blank, a comment, a lone keyword or bracket (`pass`, `else:`,
`return`, `)`), or shorter than MIN_LEN characters: such lines say nothing
about where the code came from.

Two figures per source: every shared line ("Lib"), and the shared lines
that are code ("code"): not a def/class signature, an import, __all__, or
a raise whose text is the message CPython prints. The rule for code
mirroring a CPython module is to share signatures and messages only, so
"code" is the figure to keep low.

    python3 tools/overlap.py            # table over every embedded source
    python3 tools/overlap.py -v FILE    # also list the shared lines

Run by python3 (CPython 3.11); the Lib is the one of the running python3
unless --lib names another.
"""
import argparse
import os
import re
import sys
import sysconfig

MIN_LEN = 16
TRIVIAL = {"pass", "return", "else:", "try:", "finally:", "break", "continue",
           "raise", "except:", "return None", "return True", "return False",
           "yield", '"""', "'''", ")", "]", "}", "),", "],", "},", "global"}

# The CPython module(s) each embedded constant stands for, relative to Lib.
COUNTERPART = {
    "threadingSource": ["threading.py"],
    "threadLocalSource": ["_threading_local.py"],
    "queueSource": ["queue.py"],
    "underPickleSource": ["pickle.py"],
    "pickleSource": ["pickle.py"],
    "copyregSource": ["copyreg.py"],
    "copySource": ["copy.py"],
    "linecacheSource": ["linecache.py"],
    "tracebackSource": ["traceback.py"],
    "weakrefSource": ["weakref.py", "_weakrefset.py"],
    "futuresInitSource": ["concurrent/futures/__init__.py"],
    "futuresBaseSource": ["concurrent/futures/_base.py"],
    "futuresThreadSource": ["concurrent/futures/thread.py"],
    "futuresProcessSource": ["concurrent/futures/process.py"],
    "futuresInterpreterSource": ["concurrent/futures/thread.py"],
    "abcSource": ["abc.py", "_py_abc.py"],
    "collectionsAbcSource": ["_collections_abc.py"],
    "keywordSource": ["keyword.py"],
    "collectionsSource": ["collections/__init__.py"],
    "contextlibSource": ["contextlib.py"],
    "dataclassesSource": ["dataclasses.py"],
    "enumSource": ["enum.py"],
    "functoolsSource": ["functools.py"],
    "futureSource": ["__future__.py"],
    "heapqSource": ["heapq.py"],
    "bisectSource": ["bisect.py"],
    "jsonSource": ["json/__init__.py", "json/encoder.py", "json/decoder.py", "json/scanner.py"],
    "randomSource": ["random.py"],
    "stringSource": ["string.py"],
    "textwrapSource": ["textwrap.py"],
    "typesSource": ["types.py"],
    "typingSource": ["typing.py"],
    "numbersSource": ["numbers.py"],
    "fractionsSource": ["fractions.py"],
    "datetimeSource": ["datetime.py", "_pydatetime.py"],
    "calendarSource": ["calendar.py"],
    "pprintSource": ["pprint.py"],
    "base64Source": ["base64.py"],
    "shlexSource": ["shlex.py"],
    "statisticsSource": ["statistics.py"],
    "hashlibSource": ["hashlib.py"],
    "hmacSource": ["hmac.py"],
    "csvSource": ["csv.py"],
    "globSource": ["glob.py"],
    "localeSource": ["locale.py"],
    "arraySource": [],
    "inspectSource": ["inspect.py"],
    "argparseSource": ["argparse.py"],
    "tempfileSource": ["tempfile.py"],
    "underCsvSource": ["csv.py"],
    "warningsSource": ["warnings.py"],
    "loggingSource": ["logging/__init__.py"],
    "statSource": ["stat.py"],
    "htmlSource": ["html/__init__.py"],
    "graphlibSource": ["graphlib.py"],
    "urllibParseSource": ["urllib/parse.py"],
    "difflibSource": ["difflib.py"],
    "secretsSource": ["secrets.py"],
    "timeitSource": ["timeit.py"],
    "uuidSource": ["uuid.py"],
    "codecsSource": ["codecs.py", "encodings/__init__.py"],
    "errnoSource": [],
    "htmlEntitiesSource": ["html/entities.py"],
    "schedSource": ["sched.py"],
}

CONST_RE = re.compile(r"^const (\w+) = `\n?(.*?)^`", re.S | re.M)


def normal(line):
    """The stripped line, or None when it is trivial."""
    s = line.strip()
    if not s or s.startswith("#") or s in TRIVIAL or len(s) < MIN_LEN:
        return None
    return s


SIGNATURE_RE = re.compile(r"^(async\s+)?(def|class)\s|^(import|from)\s|^__all__\b|^raise\s+\w+\(\s*f?[\"']")


def _depth(line):
    # The change in bracket depth over a line (strings are not parsed:
    # good enough for signatures and message continuations).
    return sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")


def lines_of(text, kinds=None):
    """The normal lines of text; with kinds a list, also appends for each
    whether it is code (False for a signature, import, __all__ or raised
    message, continuation lines included)."""
    out = []
    depth = 0
    for raw in text.splitlines():
        stripped = raw.strip()
        if depth > 0:
            sig = True
            depth += _depth(stripped)
        else:
            sig = bool(SIGNATURE_RE.match(stripped))
            depth = _depth(stripped) if sig else 0
        n = normal(raw)
        if n is None:
            continue
        out.append(n)
        if kinds is not None:
            kinds.append(not sig)
    return out


def lib_lines(lib, rel):
    try:
        with open(os.path.join(lib, rel), encoding="utf-8") as f:
            return set(lines_of(f.read()))
    except OSError:
        return set()


def all_lib_lines(lib):
    seen = set()
    for root, dirs, files in os.walk(lib):
        dirs[:] = [d for d in dirs if d not in ("test", "tests", "site-packages", "idlelib", "lib2to3")]
        for name in files:
            if name.endswith(".py"):
                seen |= lib_lines(root, name)
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", help="*_py.go files (default: all)")
    ap.add_argument("--lib", default=sysconfig.get_paths()["stdlib"])
    ap.add_argument("-v", action="store_true", help="list the shared lines")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = args.files or sorted(
        os.path.join(root, d, f) for d in ("vm/builtins", "vm/interp", "vm/stdlib")
        for f in os.listdir(os.path.join(root, d)) if f.endswith("_py.go"))
    everywhere = all_lib_lines(args.lib)
    print("%-30s %-26s %6s %6s %6s %6s %6s %6s" % ("file", "source", "lines", "module", "Lib", "%Lib", "code", "%code"))
    for path in files:
        with open(path, encoding="utf-8") as f:
            go = f.read()
        ftotal = fmod = flib = fcode = 0
        for name, body in CONST_RE.findall(go):
            kinds = []
            mine = lines_of(body, kinds)
            theirs = set()
            for rel in COUNTERPART.get(name, []):
                theirs |= lib_lines(args.lib, rel)
            in_mod = [s for s in mine if s in theirs]
            in_lib = [s for s in mine if s in everywhere]
            code = [s for s, k in zip(mine, kinds) if k and s in everywhere]
            ftotal += len(mine)
            fmod += len(in_mod)
            flib += len(in_lib)
            fcode += len(code)
            print("%-30s %-26s %6d %6d %6d %5.0f%% %6d %5.0f%%" % (
                "", name, len(mine), len(in_mod), len(in_lib),
                100.0 * len(in_lib) / max(len(mine), 1),
                len(code), 100.0 * len(code) / max(len(mine), 1)))
            if args.v:
                for s, k in zip(mine, kinds):
                    if s in everywhere:
                        print("        " + ("  " if k else "s ") + s)
        print("%-30s %-26s %6d %6d %6d %5.0f%% %6d %5.0f%%" % (
            os.path.relpath(path, root), "(total)", ftotal, fmod, flib,
            100.0 * flib / max(ftotal, 1), fcode, 100.0 * fcode / max(ftotal, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
