package objects

import (
	"testing"

	"minipy/runtime/alloc"
)

// numTestSpace makes a debug space and thread for a number test and checks,
// when the test ends, that every block it allocated was freed.
func numTestSpace(t testing.TB) *Thread {
	t.Helper()
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	t.Cleanup(func() {
		ts.ClearErr()
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("heap holds %d blocks at the end of the test", n)
		}
	})
	return ts
}

// numTestMethod finds a built-in method along t's bases.
func numTestMethod(t *Type, name string) MethodFn {
	for x := t; x != nil; x = x.Base {
		for i := range x.Methods {
			if x.Methods[i].Name == name {
				return x.Methods[i].Fn
			}
		}
	}
	return nil
}

// numTestCall calls a built-in method of o's type by name.
func numTestCall(ts *Thread, o *Object, name string, args ...*Object) *Object {
	f := numTestMethod(o.typ, name)
	if f == nil {
		return ts.Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
	}
	return f(ts, o, args, nil)
}

// numTestExcText is "Name:str(exc)" of the pending exception (cleared).
func numTestExcText(ts *Thread) string {
	e := ts.FetchErr()
	if e == nil {
		return "<no exception>"
	}
	defer Decref(ts, e)
	args := TupleItems((*BaseExc)(unsafePointer(e)).args)
	msg := ""
	switch len(args) {
	case 0:
	case 1:
		msg = numTestStrOf(ts, args[0], false)
	default:
		msg = "("
		for i, a := range args {
			if i > 0 {
				msg += ", "
			}
			msg += numTestStrOf(ts, a, true)
		}
		msg += ")"
	}
	return TypeName(e) + ":" + msg
}

func numTestStrOf(ts *Thread, o *Object, repr bool) string {
	var r *Object
	if repr {
		r = Repr(ts, o)
	} else {
		r = StrOf(ts, o)
	}
	if r == nil {
		ts.ClearErr()
		return "<error>"
	}
	s := StrValue(r)
	Decref(ts, r)
	return s
}
