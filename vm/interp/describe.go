package interp

import (
	"fmt"
	"unsafe"

	"minipy/lang/literal"
	"minipy/vm/objects"
)

// describeBlock names a leaked block for the leak report without running
// any Python code (finalization is over): its type, its refcount and, for
// a str or an int, its value.
func describeBlock(class string, p unsafe.Pointer) string {
	o := (*objects.Object)(p)
	t := o.Type()
	if t == nil || t == objects.FreedType {
		return fmt.Sprintf("<%s block, freed>", class)
	}
	s := fmt.Sprintf("<%s refcnt=%d", t.Name, o.Refcnt())
	if str := objects.AsStr(o); str != nil {
		v := str.Value()
		if len(v) > 40 {
			v = v[:40] + "..."
		}
		s += " " + literal.QuoteStr(v)
	} else if i := objects.AsInt(o); i != nil {
		s += " " + i.Big().String()
	}
	return s + ">"
}
