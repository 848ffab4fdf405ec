package vm

// Coverage of the golden suite. Built with `-tags coverage`, the eval loop
// counts every instruction it executes by opcode, calls of what is not a
// Python function are recorded by qualified name ("builtins.print",
// "math.sqrt", "list.append"), and so are reads of module attributes
// ("sys.argv"). vm/interp's TestGoldenCoverage runs the golden scripts and
// fails on what they never execute. In the normal build coverageOn is a
// false constant: the hooks compile to nothing.

import (
	"minipy/vm/objects"
)

// Coverage is what one interpreter executed (nil unless built with the
// coverage tag).
type Coverage struct {
	Ops   [256]uint64       // instructions executed, by opcode
	Calls map[string]uint64 // calls of built-in callables, by qualified name
	Attrs map[string]uint64 // module attributes read, as "module.name"
	// builtinNames maps the values of the builtins dict to their names,
	// so that a call of exit (a Quitter) or int (a type) reads as
	// "builtins.exit", "builtins.int". Built at the first call.
	builtinNames map[*Object]string
}

func newCoverage() *Coverage {
	if !coverageOn {
		return nil
	}
	return &Coverage{Calls: map[string]uint64{}, Attrs: map[string]uint64{}}
}

// coverCall records a call of callable (not a Python function).
func (th *Thread) coverCall(callable *Object) {
	c := th.Interp.Coverage
	if c == nil {
		return
	}
	if c.builtinNames == nil && th.Interp.Builtins != nil {
		c.builtinNames = map[*Object]string{}
		pos := 0
		for {
			k, v, ok := objects.DictNext(th.Interp.Builtins, &pos)
			if !ok {
				break
			}
			if objects.AsStr(k) != nil {
				c.builtinNames[v] = objects.StrValue(k)
			}
		}
	}
	if n, ok := c.builtinNames[callable]; ok {
		c.Calls["builtins."+n]++
		return
	}
	if f := objects.AsBuiltinFunc(callable); f != nil {
		self := f.Self()
		switch {
		case self == nil:
			// A module's function whose __self__ is None: its
			// __module__ names the module.
			mod := "?"
			if m := objects.GetAttrString(th.TS, callable, "__module__"); m != nil {
				if objects.AsStr(m) != nil {
					mod = objects.StrValue(m)
				}
				objects.Decref(th.TS, m)
			}
			th.TS.ClearErr()
			c.Calls[mod+"."+f.Name()]++
		case asModule(self) != nil:
			c.Calls[moduleName(th.TS, self)+"."+f.Name()]++
		default:
			c.Calls[self.Type().Name+"."+f.Name()]++
		}
		return
	}
	if t := objects.AsType(callable); t != nil {
		mod := t.Module
		if mod == "" {
			mod = "builtins"
		}
		c.Calls[mod+"."+t.Name]++
		return
	}
	c.Calls[callable.Type().Name+"()"]++
}

// coverAttr records a read of attribute name of module m.
func coverAttr(ts *objects.Thread, m, name *Object) {
	th, ok := ts.Owner.(*Thread)
	if !ok || th.Interp.Coverage == nil || objects.AsStr(name) == nil {
		return
	}
	th.Interp.Coverage.Attrs[moduleName(ts, m)+"."+objects.StrValue(name)]++
}

// moduleName is a module's __name__, "?" when it has none.
func moduleName(ts *objects.Thread, m *Object) string {
	if mm := asModule(m); mm != nil && mm.dict != nil {
		if n := objects.DictGetItemStr(ts, mm.dict, "__name__"); n != nil && objects.AsStr(n) != nil {
			return objects.StrValue(n)
		}
	}
	return "?"
}
