"""Dump the attributes of every code object of some files, in the format of
lang/compiler's dumpCodeAttrs (TestCodeAttrsAgainstCPython,
TestCompileStdlib).

Usage: python3 testdata/compile/dump_codeattrs.py FILE...

For each file: a line "\x1c PATH", then "error LINE MSG" if compile() raises
SyntaxError, else "ok" and, for every code object (depth first, in co_consts
order), a header line "\x1d QUALNAME" (the control character cannot occur
unescaped in a repr) and its attributes.
"""
import sys
import types
import warnings


def crepr(v):
    if isinstance(v, types.CodeType):
        return "<code %s>" % v.co_name
    if isinstance(v, frozenset):
        return "frozenset({%s})" % ", ".join(sorted(crepr(x) for x in v))
    if isinstance(v, tuple):
        if len(v) == 1:
            return "(%s,)" % crepr(v[0])
        return "(%s)" % ", ".join(crepr(x) for x in v)
    return repr(v)


def dump(co, out):
    out.append("\x1d %s" % co.co_qualname)
    out.append("%s argcount=%d posonly=%d kwonly=%d flags=%#x firstlineno=%d" % (
        co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount,
        co.co_flags, co.co_firstlineno))
    out.append("varnames: " + " ".join(co.co_varnames))
    out.append("cellvars: " + " ".join(co.co_cellvars))
    out.append("freevars: " + " ".join(co.co_freevars))
    out.append("names: " + " ".join(co.co_names))
    out.append("consts: " + " | ".join(crepr(c) for c in co.co_consts))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, out)


def main():
    warnings.simplefilter("ignore")
    w = sys.stdout.write
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            src = f.read()
        w("\x1c %s\n" % path)
        try:
            co = compile(src, path, "exec", dont_inherit=True)
        except SyntaxError as e:
            w("error %d %s\n" % (e.lineno or 0, e.msg))
            continue
        out = ["ok"]
        dump(co, out)
        w("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
