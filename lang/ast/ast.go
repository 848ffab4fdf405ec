package ast

// Node is any AST node (every generated struct, through its pointer).
type Node interface {
	astNode()
}

// Pos is a node's source span, as CPython's lineno, col_offset, end_lineno and
// end_col_offset: lines are 1-based, columns are 0-based offsets in UTF-8
// bytes of the (decoded) source line.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the position itself, so that code holding a Stmt, Expr,
// Pattern or ExcepthandlerNode can read or set it without a type switch.
func (p *Pos) Position() *Pos { return p }

// EllipsisValue is the Go value of the constant `...` in Constant.Value.
type EllipsisValue struct{}

// Positioned is implemented by every node that has a Pos.
type Positioned interface {
	Node
	Position() *Pos
}

// A Visitor's Visit is called by Walk for each node; if it returns a non-nil
// w, Walk visits each child of node with w, then calls w.Visit(nil).
type Visitor interface {
	Visit(node Node) (w Visitor)
}

// Walk traverses the tree rooted at node depth-first, children in the order of
// their Python fields (as ast.iter_child_nodes). Enum values (ExprContext,
// Operator...) are not nodes and are not visited; nil optional children are
// skipped.
func Walk(v Visitor, node Node) {
	if v = v.Visit(node); v == nil {
		return
	}
	walkChildren(v, node)
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(node Node) Visitor {
	if f(node) {
		return f
	}
	return nil
}

// Inspect traverses the tree as Walk does, calling f for each node; when f
// returns false, the node's children are skipped. After the children of a
// node, f is called with nil.
func Inspect(node Node, f func(Node) bool) {
	Walk(inspector(f), node)
}
