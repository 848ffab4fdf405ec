package compiler

import (
	"fmt"
	"sort"
)

// nameSet is a set of names (CPython uses Python sets here).
type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s nameSet) update(o nameSet) {
	for k := range o {
		s[k] = true
	}
}

// analyzeModule resolves the scope of every name, as CPython's
// symtable_analyze: names bound in a function are local; a name used but not
// bound is free if an enclosing function binds it, else global; locals that
// nested blocks use become cells; class bodies do not bind names for the
// functions inside them, except the implicit __class__ cell.
func analyzeModule(top *SymbolTable) error {
	return analyzeBlock(top, nil, nameSet{}, nameSet{})
}

func analyzeBlock(t *SymbolTable, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]Scope, len(t.Symbols))
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// Class bindings are not visible in methods: what the children see is
	// fixed before the class's own names are analysed.
	if t.Type == ClassBlock {
		newGlobal.update(global)
		if bound != nil {
			newBound.update(bound)
		}
	}
	for _, s := range t.Symbols {
		if err := analyzeName(t, scopes, s.Name, s.Flags, bound, local, free, global); err != nil {
			return err
		}
	}
	if t.Type != ClassBlock {
		if t.Type == FunctionBlock {
			newBound.update(local)
		}
		if bound != nil {
			newBound.update(bound)
		}
		newGlobal.update(global)
	} else {
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, c := range t.Children {
		childFree := newFree.copy()
		if err := analyzeBlock(c, newBound.copy(), childFree, newGlobal.copy()); err != nil {
			return err
		}
		allFree.update(childFree)
		if c.HasFree || c.ChildFree {
			t.ChildFree = true
		}
	}
	newFree.update(allFree)

	switch t.Type {
	case FunctionBlock:
		// Locals that children use freely become cells.
		for name, sc := range scopes {
			if sc == Local && newFree[name] {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	case ClassBlock:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			t.NeedsClassClosure = true
		}
	}
	updateSymbols(t, scopes, bound, newFree, t.Type == ClassBlock)
	free.update(newFree)
	return nil
}

func analyzeName(t *SymbolTable, scopes map[string]Scope, name string, flags int,
	bound, local, free, global nameSet) error {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			return directiveError(t, name, "name '%s' is nonlocal and global")
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			return directiveError(t, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			return directiveError(t, name, "no binding for nonlocal '%s' found")
		}
		scopes[name] = Free
		t.HasFree = true
		free[name] = true
	case flags&DefBound != 0:
		scopes[name] = Local
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = Free
		t.HasFree = true
		free[name] = true
	case global[name]:
		scopes[name] = GlobalImplicit
	default:
		if t.Nested {
			t.HasFree = true
		}
		scopes[name] = GlobalImplicit
	}
	return nil
}

func directiveError(t *SymbolTable, name, format string) error {
	msg := format
	if containsVerb(format) {
		msg = fmt.Sprintf(format, name)
	}
	return &SymtableError{Msg: msg, Pos: t.directives[name]}
}

func containsVerb(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && s[i+1] == 's' {
			return true
		}
	}
	return false
}

// updateSymbols records the scopes in the symbols' flags and adds the free
// names that pass through this block on their way to an inner one. CPython
// adds those in the iteration order of a set of str (hash order); minipy adds
// them sorted, so the order is deterministic.
func updateSymbols(t *SymbolTable, scopes map[string]Scope, bound, free nameSet, class bool) {
	for _, s := range t.Symbols {
		s.Flags |= int(scopes[s.Name]) << scopeShift
	}
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if s := t.Lookup(name); s != nil {
			// A free variable of a method with the same name as a local
			// or global of the class body.
			if class && s.Flags&(DefBound|DefGlobal) != 0 {
				s.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		t.index[name] = len(t.Symbols)
		t.Symbols = append(t.Symbols, &Symbol{Name: name, Flags: int(Free) << scopeShift})
	}
}

// Dump prints the tables in the format of tools/pysymtable.py, for the
// differential test against python3's symtable module: one line per block
// (type, name, line, nested) and one per symbol, sorted by name, with its
// flags as CPython stores them (scope included).
func (t *SymbolTable) Dump() string {
	var out []byte
	var walk func(t *SymbolTable, depth int)
	walk = func(t *SymbolTable, depth int) {
		ind := make([]byte, depth*2)
		for i := range ind {
			ind[i] = ' '
		}
		out = fmt.Appendf(out, "%s%s %s %d nested=%v varnames=%v\n", ind, t.Type, t.Name, t.Lineno, t.Nested, t.VarNames)
		syms := append([]*Symbol(nil), t.Symbols...)
		sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
		for _, s := range syms {
			out = fmt.Appendf(out, "%s  %s %d\n", ind, s.Name, s.Flags)
		}
		for _, c := range t.Children {
			walk(c, depth+1)
		}
	}
	walk(t, 0)
	return string(out)
}
