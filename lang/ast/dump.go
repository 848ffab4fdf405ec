package ast

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"minipy/lang/literal"
)

// Dump returns exactly what CPython 3.11's ast.dump(node,
// include_attributes=includeAttributes) returns for the equivalent tree
// (annotate_fields=True, indent=None): optional fields that are None are left
// out, empty lists print as [], enum values as Load(), constants by their repr.
func Dump(node Node, includeAttributes bool) string {
	d := dumper{attrs: includeAttributes}
	d.dumpNode(node)
	return d.b.String()
}

// dumper holds the output and, per open node, whether a field was written
// (so the next one needs ", ").
type dumper struct {
	b     strings.Builder
	attrs bool
	seps  []bool
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.seps = append(d.seps, false)
}

func (d *dumper) close() {
	d.b.WriteByte(')')
	d.seps = d.seps[:len(d.seps)-1]
}

func (d *dumper) field(name string) {
	if top := len(d.seps) - 1; top >= 0 {
		if d.seps[top] {
			d.b.WriteString(", ")
		}
		d.seps[top] = true
	}
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) none() { d.b.WriteString("None") }

func (d *dumper) list(name string, n int) {
	d.field(name)
	d.b.WriteByte('[')
}

func (d *dumper) item(i int) {
	if i > 0 {
		d.b.WriteString(", ")
	}
}

func (d *dumper) closeList() { d.b.WriteByte(']') }

func (d *dumper) str(name, s string) {
	d.field(name)
	d.b.WriteString(literal.QuoteStr(s))
}

func (d *dumper) int(name string, v int) {
	d.field(name)
	d.b.WriteString(strconv.Itoa(v))
}

func (d *dumper) strList(name string, l []string) {
	d.list(name, len(l))
	for i, s := range l {
		d.item(i)
		d.b.WriteString(literal.QuoteStr(s))
	}
	d.closeList()
}

func (d *dumper) intList(name string, l []int) {
	d.list(name, len(l))
	for i, v := range l {
		d.item(i)
		d.b.WriteString(strconv.Itoa(v))
	}
	d.closeList()
}

// enumValue is any of the generated enum types.
type enumValue interface {
	ExprContext | Boolop | Operator | Unaryop | Cmpop
	String() string
}

func enumList[E enumValue](d *dumper, name string, l []E) {
	d.list(name, len(l))
	for i, v := range l {
		d.item(i)
		d.b.WriteString(v.String())
		d.b.WriteString("()")
	}
	d.closeList()
}

// enumList is generic over the element type; Go methods cannot be, so the
// generated code calls this method for []Cmpop, the only enum list in the ASDL.
func (d *dumper) enumList(name string, l []Cmpop) { enumList(d, name, l) }

func (d *dumper) enum(name string, v fmt.Stringer) {
	d.field(name)
	d.b.WriteString(v.String())
	d.b.WriteString("()")
}

func (d *dumper) pos(p *Pos) {
	if !d.attrs {
		return
	}
	d.int("lineno", p.Lineno)
	d.int("col_offset", p.ColOffset)
	d.int("end_lineno", p.EndLineno)
	d.int("end_col_offset", p.EndColOffset)
}

func (d *dumper) constant(name string, v any) {
	d.field(name)
	d.b.WriteString(ConstantRepr(v))
}

func (d *dumper) unknown(node Node) {
	if node == nil {
		d.none()
		return
	}
	fmt.Fprintf(&d.b, "<unknown node %T>", node)
}

// ConstantRepr returns Python's repr of a Constant.Value (see the package doc
// for the Go types it may hold). A value of any other Go type prints as
// <bad constant T>, never panics.
func ConstantRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		if v == nil {
			return "<bad constant nil *big.Int>"
		}
		return v.String()
	case float64:
		return literal.FormatFloat(v)
	case complex128:
		return literal.FormatComplex(real(v), imag(v))
	case string:
		return literal.QuoteStr(v)
	case []byte:
		return literal.QuoteBytes(v)
	case EllipsisValue:
		return "Ellipsis"
	}
	return fmt.Sprintf("<bad constant %T>", v)
}
