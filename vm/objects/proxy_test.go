package objects

import (
	"reflect"
	"testing"

	"minipy/runtime/alloc"
)

// TestProxySlotTable: every slot of the type object is set on the proxy
// type (so the operation is forwarded through the ProxyOp table) unless
// it is one of the slots a proxy must not forward, and every special
// method looked up by name is in its dict.
func TestProxySlotTable(t *testing.T) {
	// Slots that are the proxy's own life cycle, or that would change
	// how a proxy stored in a class behaves (a data descriptor shadows
	// instance attributes).
	own := map[string]bool{
		"Dealloc": true, "Traverse": true, "Clear": true, "Finalize": true,
		"New": true, "Init": true, "DictPtr": true, "DescrSet": true,
	}
	v := reflect.ValueOf(ProxyType).Elem()
	tt := v.Type()
	n := 0
	for i := 0; i < tt.NumField(); i++ {
		f := tt.Field(i)
		fv := v.Field(i)
		switch {
		case f.Type.Kind() == reflect.Func:
			n++
			if own[f.Name] {
				if f.Name != "DictPtr" && f.Name != "Finalize" && f.Name != "Init" && f.Name != "DescrSet" && fv.IsNil() {
					t.Errorf("own slot %s not set", f.Name)
				}
				continue
			}
			if fv.IsNil() {
				t.Errorf("slot %s is not forwarded by SharedObjectProxy", f.Name)
			}
		case f.Type.Kind() == reflect.Array && f.Type.Elem().Kind() == reflect.Func:
			for j := 0; j < fv.Len(); j++ {
				op := NumberOp(j)
				if op == OpPow || (f.Name == "NumInplace" && op == OpDivmod) {
					continue // pow is ternary (Pow, InplacePow); no in-place divmod
				}
				n++
				if fv.Index(j).IsNil() {
					t.Errorf("slot %s[%s] is not forwarded", f.Name, NumberOpDunders[j])
				}
			}
		}
	}
	if n < 40 {
		t.Fatalf("only %d slots seen: the reflection walk is broken", n)
	}
	NewSpace(alloc.Config{}) // makes the static types ready
	for _, name := range ProxyMethodNames {
		if LookupTypeString(ProxyType, name) == nil {
			t.Errorf("%s is not a method of SharedObjectProxy", name)
		}
	}
	seen := map[string]ProxyOp{}
	for op := ProxyOp(0); int(op) < NumProxyOps; op++ {
		name := ProxyOpName(op)
		if name == "" {
			t.Errorf("op %d has no name", op)
		}
		pow := name == "__pow__" || name == "__rpow__" || name == "__ipow__"
		if prev, dup := seen[name]; dup && !pow {
			t.Errorf("ops %d and %d are both %s", prev, op, name)
		}
		seen[name] = op
	}
}
