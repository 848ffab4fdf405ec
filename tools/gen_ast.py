#!/usr/bin/env python3
"""Generate lang/ast/nodes_gen.go from CPython 3.11's own `ast` module.

Run by `go generate ./lang/ast` (see the //go:generate line in lang/ast/doc.go).
The input is the running python3: every node class's ASDL signature is in its
__doc__ (e.g. "BinOp(expr left, operator op, expr right)"), its position
attributes in _attributes. The output is gofmt'ed Go: one struct per concrete
node, marker methods for the sum types, Go int types for the simple enums, the
generic Walk, and the per-node half of Dump.

Naming (see lang/ast/doc.go): Python names are kept, CamelCased where the
Python name is snake_case; the only renames are those needed where two Python
names collide in Go (RENAMES below).
"""

import ast
import os
import re
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_ast.py: needs python 3.11 (the AST shape differs between versions), got %s"
             % sys.version.split()[0])

# The ASDL's top-level types in Python.asdl order; checked against the ast module
# below so that a missing or new type fails loudly instead of being dropped.
TOP_LEVEL = ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop",
             "cmpop", "comprehension", "excepthandler", "arguments", "arg", "keyword",
             "alias", "withitem", "match_case", "pattern", "type_ignore"]
DEPRECATED = {"slice"}  # 3.8 compatibility classes, never produced by the parser

# Go names of the sum types (interfaces). `excepthandler` and `type_ignore` would
# collide with their only constructor, so they get a Node suffix.
SUM_GO = {"mod": "Mod", "stmt": "Stmt", "expr": "Expr", "excepthandler": "ExcepthandlerNode",
          "pattern": "Pattern", "type_ignore": "TypeIgnoreNode"}
# Go names of the simple enums (Go int types). "Boolop"/"Unaryop" are the ASDL
# names; they differ in case from the BoolOp/UnaryOp nodes.
ENUM_GO = {"expr_context": "ExprContext", "boolop": "Boolop", "operator": "Operator",
           "unaryop": "Unaryop", "cmpop": "Cmpop"}
# Concrete names that collide with a sum type or another constant.
RENAMES = {
    ("stmt", "Expr"): "ExprStmt",   # the expression statement; Expr is the sum type
    ("operator", "Mod"): "ModOp",   # the % operator; Mod is the sum type
}
PRODUCT_GO = {"comprehension": "Comprehension", "arguments": "Arguments", "arg": "Arg",
              "keyword": "Keyword", "alias": "Alias", "withitem": "WithItem",
              "match_case": "MatchCase"}

SIG_RE = re.compile(r"(\w+)(?:\(([^)]*)\))?")


def camel(name):
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


def parse_fields(text):
    fields = []
    if not text:
        return fields
    for part in text.split(","):
        typ, name = part.split()
        quant = ""
        if typ[-1] in "*?":
            typ, quant = typ[:-1], typ[-1]
        fields.append((typ, quant, name))
    return fields


def constructors(sum_name):
    doc = getattr(ast, sum_name).__doc__
    head, _, rest = doc.partition("=")
    assert head.strip() == sum_name, doc
    out = []
    for alt in rest.split("|"):
        m = SIG_RE.fullmatch(alt.strip())
        assert m, alt
        out.append((m.group(1), parse_fields(m.group(2))))
    return out


def collect():
    found = sorted(n for n in dir(ast)
                   if isinstance(getattr(ast, n), type) and getattr(ast, n).__bases__ == (ast.AST,))
    want = sorted(TOP_LEVEL + list(DEPRECATED))
    if found != want:
        sys.exit("gen_ast.py: top-level ast types changed: %s vs %s" % (found, want))
    sums, enums, products = [], [], []
    for t in TOP_LEVEL:
        cls = getattr(ast, t)
        attrs = tuple(cls._attributes)
        if " = " in cls.__doc__:
            cons = constructors(t)
            for cname, fields in cons:
                ccls = getattr(ast, cname)
                got = tuple(ccls._fields)
                if got != tuple(f[2] for f in fields):
                    sys.exit("gen_ast.py: %s fields %s disagree with its doc" % (cname, got))
                if tuple(ccls._attributes) != attrs:
                    sys.exit("gen_ast.py: %s attributes differ from %s's" % (cname, t))
            if all(not f for _, f in cons):
                enums.append((t, [c for c, _ in cons]))
            else:
                sums.append((t, cons, attrs))
        else:
            m = SIG_RE.fullmatch(cls.__doc__.strip())
            assert m and m.group(1) == t, cls.__doc__
            fields = parse_fields(m.group(2))
            assert tuple(cls._fields) == tuple(f[2] for f in fields)
            products.append((t, fields, attrs))
    return sums, enums, products


def go_type_name(t):
    if t in SUM_GO:
        return SUM_GO[t]
    if t in ENUM_GO:
        return ENUM_GO[t]
    if t in PRODUCT_GO:
        return PRODUCT_GO[t]
    raise KeyError(t)


BUILTIN = {"identifier": "string", "string": "string", "int": "int", "constant": "any"}


def field_go_type(typ, quant):
    if typ in BUILTIN:
        base = BUILTIN[typ]
        if quant == "*":
            return "[]" + base
        return base  # optional builtins: "" means None (identifier?, string?), int? always set
    if typ in SUM_GO or typ in ENUM_GO:
        base = go_type_name(typ)
    else:
        base = "*" + go_type_name(typ)
    if quant == "*":
        return "[]" + base
    return base


def kind_of(typ):
    if typ in BUILTIN:
        return typ
    if typ in ENUM_GO:
        return "enum"
    if typ in SUM_GO:
        return "sum"
    return "product"


def emit(sums, enums, products):
    out = []
    w = out.append
    w("// Code generated by tools/gen_ast.py from python%s's ast module; DO NOT EDIT.\n"
      % ".".join(map(str, sys.version_info[:2])))
    w("package ast\n")
    w('import "strconv"\n')

    concretes = []  # (goName, pyName, fields, hasPos, sumName or None)

    # Enums.
    for t, names in enums:
        gt = ENUM_GO[t]
        w("// %s is the ASDL enum `%s`; the zero value is invalid." % (gt, t))
        w("type %s int\n" % gt)
        w("// Values of %s." % gt)
        w("const (")
        for i, n in enumerate(names):
            gn = RENAMES.get((t, n), n)
            if i == 0:
                w("\t%s %s = iota + 1 // %s" % (gn, gt, n))
            else:
                w("\t%s // %s" % (gn, n))
        w(")\n")
        w("var %sNames = [...]string{%s}\n" % (lower(gt), ", ".join('"%s"' % n for n in [""] + names)))
        w("// String returns the Python class name (%s)." % ", ".join(names[:3] + ["..."] if len(names) > 3 else names))
        w("func (x %s) String() string {" % gt)
        w("\tif x > 0 && int(x) < len(%sNames) {" % lower(gt))
        w("\t\treturn %sNames[x]" % lower(gt))
        w("\t}")
        w('\treturn "%s(" + strconv.Itoa(int(x)) + ")"' % gt)
        w("}\n")

    # Sum interfaces.
    for t, cons, attrs in sums:
        gt = SUM_GO[t]
        marker = lower(camel(t)) + "Node"
        w("// %s is the ASDL sum type `%s`: one of %s." % (gt, t, ", ".join(
            "*" + RENAMES.get((t, c), c) for c, _ in cons)))
        w("type %s interface {" % gt)
        w("\tNode")
        if attrs:
            w("\tPosition() *Pos")
        w("\t%s()" % marker)
        w("}\n")
        for c, fields in cons:
            concretes.append((RENAMES.get((t, c), c), c, fields, bool(attrs), t))

    for t, fields, attrs in products:
        concretes.append((PRODUCT_GO[t], t, fields, bool(attrs), None))

    # Structs.
    for gn, pn, fields, has_pos, sumt in concretes:
        sig = pn + ("(" + ", ".join("%s%s %s" % f for f in fields) + ")" if fields else "")
        w("// %s is `%s`." % (gn, sig))
        w("type %s struct {" % gn)
        for typ, quant, name in fields:
            comment = ""
            if quant == "?" and typ in ("identifier", "string"):
                comment = ' // "" means None'
            elif quant == "?":
                comment = " // may be nil" if typ not in ("int",) else " // always set"
            w("\t%s %s%s" % (camel(name), field_go_type(typ, quant), comment))
        if has_pos:
            w("\tPos")
        w("}\n")
        w("func (*%s) astNode() {}" % gn)
        if sumt:
            w("func (*%s) %s() {}" % (gn, lower(camel(sumt)) + "Node"))
        w("")

    # Constructors by Python name, for the tests that build trees from CPython's.
    w("// newNode returns a new zero node of the Python class name, or nil.")
    w("func newNode(pyName string) Node {")
    w("\tswitch pyName {")
    for gn, pn, fields, has_pos, sumt in concretes:
        w('\tcase "%s":' % pn)
        w("\t\treturn &%s{}" % gn)
    w("\t}")
    w("\treturn nil")
    w("}\n")

    # Walk. Each node kind gets its own small function, and the type switches
    # only dispatch, so that a level of a deep tree costs a small stack frame
    # (one big switch function would reserve the locals of every case).
    w("// walkChildren visits node's children in field order.")
    w("func walkChildren(v Visitor, node Node) {")
    w("\tswitch n := node.(type) {")
    walkers = []
    for gn, pn, fields, has_pos, sumt in concretes:
        lines = []
        for typ, quant, name in fields:
            k = kind_of(typ)
            f = "n." + camel(name)
            if k not in ("sum", "product"):
                continue
            if quant == "*":
                lines.append("\tfor _, c := range %s {\n\t\tif c != nil {\n\t\t\tWalk(v, c)\n\t\t}\n\t}" % f)
            else:
                lines.append("\tif %s != nil {\n\t\tWalk(v, %s)\n\t}" % (f, f))
        if lines:
            w("\tcase *%s:" % gn)
            w("\t\tif n != nil {\n\t\t\twalk%s(v, n)\n\t\t}" % gn)
            walkers.append((gn, lines))
    w("\t}")
    w("}\n")
    for gn, lines in walkers:
        w("func walk%s(v Visitor, n *%s) {" % (gn, gn))
        w("\n".join(lines))
        w("}\n")

    # Dump.
    w("// dumpNode writes one node as ast.dump does; see dump.go.")
    w("func (d *dumper) dumpNode(node Node) {")
    w("\tswitch n := node.(type) {")
    for gn, pn, fields, has_pos, sumt in concretes:
        w("\tcase *%s:" % gn)
        w("\t\tif n == nil {\n\t\t\td.none()\n\t\t} else {\n\t\t\td.dump%s(n)\n\t\t}" % gn)
    w("\tdefault:")
    w("\t\td.unknown(node)")
    w("\t}")
    w("}\n")
    for gn, pn, fields, has_pos, sumt in concretes:
        w("func (d *dumper) dump%s(n *%s) {" % (gn, gn))
        w('\td.open("%s")' % pn)
        for typ, quant, name in fields:
            k = kind_of(typ)
            f = "n." + camel(name)
            if quant == "*":
                meth = {"identifier": "strList", "string": "strList", "int": "intList",
                        "enum": "enumList", "sum": None, "product": None}[k]
                if meth:
                    w('\td.%s("%s", %s)' % (meth, name, f))
                else:
                    w('\td.list("%s", len(%s))' % (name, f))
                    w("\tfor i, c := range %s {" % f)
                    w("\t\td.item(i)")
                    w("\t\td.dumpNode(c)")
                    w("\t}")
                    w("\td.closeList()")
                continue
            if k in ("identifier", "string"):
                if quant == "?":
                    w('\tif %s != "" {' % f)
                    w('\t\td.str("%s", %s)' % (name, f))
                    w("\t}")
                else:
                    w('\td.str("%s", %s)' % (name, f))
            elif k == "int":
                w('\td.int("%s", %s)' % (name, f))
            elif k == "constant":
                w('\td.constant("%s", %s)' % (name, f))
            elif k == "enum":
                w('\td.enum("%s", %s)' % (name, f))
            else:
                if quant == "?":
                    w("\tif %s != nil {" % f)
                    w('\t\td.field("%s")' % name)
                    w("\t\td.dumpNode(%s)" % f)
                    w("\t}")
                else:
                    w('\td.field("%s")' % name)
                    w("\td.dumpNode(%s)" % f)
        if has_pos:
            w("\td.pos(&n.Pos)")
        w("\td.close()")
        w("}\n")
    return "\n".join(out) + "\n"


def lower(s):
    return s[:1].lower() + s[1:]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    dst = os.path.join(here, "..", "lang", "ast", "nodes_gen.go")
    if len(sys.argv) > 1:
        dst = sys.argv[1]
    src = emit(*collect())
    try:
        src = subprocess.run(["gofmt"], input=src.encode(), check=True,
                             capture_output=True).stdout.decode()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("gen_ast.py: gofmt failed: %s" % (getattr(e, "stderr", b"") or e))
    with open(dst, "w") as f:
        f.write(src)


if __name__ == "__main__":
    main()
