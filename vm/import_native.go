package vm

import (
	"strings"

	"minipy/vm/objects"
)

// Import imports a module by its absolute dotted name and returns that
// module, not its top package (a new reference): PyImport_ImportModule
// for Go code. It makes *Thread an objects.Importer, which
// object.__reduce_ex__ uses to reach copyreg.
func (th *Thread) Import(ts *objects.Thread, name string) *Object {
	if name == "" {
		return ts.Raise(objects.ValueError, "Empty module name")
	}
	parts := strings.Split(name, ".")
	var cur *Object
	for i := range parts {
		m := th.importOne(strings.Join(parts[:i+1], "."))
		objects.XDecref(ts, cur)
		if m == nil {
			return nil
		}
		cur = m
	}
	return cur
}
