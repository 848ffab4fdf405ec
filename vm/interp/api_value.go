package interp

import (
	"context"
	"fmt"
	"math/big"
	"reflect"

	"minipy/vm"
	"minipy/vm/objects"
)

// Values between Go and Python, calls and globals (the embedding API).
//
// Go to Python (arguments of Call, values of Set):
//
//	nil                        None
//	bool                       bool
//	int, int8..int64, uint..   int
//	*big.Int                   int
//	float32, float64           float
//	string                     str
//	[]byte                     bytes (copied)
//	Tuple                      tuple
//	[]any, other slices/arrays list
//	map[string]any, other      dict (string keys only)
//	  maps with string keys
//	*Value                     the object it holds (same interpreter only)
//
// Anything else is an error, as is a Go structure nested deeper than
// maxDepth (a slice that contains itself).
//
// Python to Go (results of Call, Get, Eval): exact None, bool, int (int64
// when it fits, else *big.Int), float (float64), str (string), bytes
// ([]byte, a copy), tuple (Tuple), list ([]any) and dict whose keys are
// all strs (map[string]any), converted recursively; every other object,
// including subclasses of those types, sets, dicts with other keys and
// containers that contain themselves, stays in Python and comes back as
// a *Value, a handle the caller releases with Close (Close of the
// interpreter releases those left).

// Tuple is a Python tuple on the Go side ([]any is a list).
type Tuple []any

// Kwargs, as the last argument of Call, passes keyword arguments.
type Kwargs map[string]any

// maxDepth bounds the nesting of converted containers.
const maxDepth = 1000

// Value is a Python object held by Go: a reference that keeps it alive
// until Close. It belongs to its interpreter and is used under the same
// rule as the interpreter (one goroutine at a time, not during a run).
type Value struct {
	in *Interpreter
	o  *objects.Object // nil once released
}

// newValue makes a handle holding a new reference to o.
func (in *Interpreter) newValue(o *objects.Object) *Value {
	v := &Value{in: in, o: objects.NewRef(o)}
	in.embedded().handles[v] = struct{}{}
	return v
}

// Close releases the reference; the Value is unusable afterwards. It is
// safe to call twice, and after the interpreter's Close (which released
// it).
func (v *Value) Close() error {
	if v == nil || v.o == nil {
		return nil
	}
	defer v.in.enter()()
	v.release()
	return nil
}

func (v *Value) release() {
	if v.o == nil {
		return
	}
	delete(v.in.embed.handles, v)
	o := v.o
	v.o = nil
	objects.Decref(v.in.main.TS, o)
}

// Interpreter is the interpreter the value belongs to.
func (v *Value) Interpreter() *Interpreter { return v.in }

// Type is the name of the object's type ("set", "function", a class's
// name), "" once released.
func (v *Value) Type() string {
	if v.o == nil {
		return ""
	}
	return v.o.Type().Name
}

// String is repr() of the object (or its type when repr fails).
func (v *Value) String() string {
	if v.o == nil || v.in.closed {
		return "<released minipy value>"
	}
	defer v.in.enter()()
	ts := v.in.main.TS
	r := objects.Repr(ts, v.o)
	if r == nil {
		ts.ClearErr()
		return "<" + v.o.Type().Name + " object>"
	}
	defer objects.Decref(ts, r)
	return objects.StrValue(r)
}

// Go converts the object to a Go value as Call converts results (itself
// again, as a new *Value, when it has no Go equivalent).
func (v *Value) Go() (any, error) {
	if err := v.check(); err != nil {
		return nil, err
	}
	defer v.in.enter()()
	return v.in.toGo(v.o)
}

// Call calls the object with Go arguments (see Interpreter.Call).
func (v *Value) Call(args ...any) (any, error) { return v.in.Call(v, args...) }

// Attr is getattr(v, name), converted to Go.
func (v *Value) Attr(name string) (any, error) {
	if err := v.check(); err != nil {
		return nil, err
	}
	defer v.in.enter()()
	ts := v.in.main.TS
	r := objects.GetAttrString(ts, v.o, name)
	if r == nil {
		return nil, v.in.finish(false)
	}
	defer objects.Decref(ts, r)
	return v.in.toGo(r)
}

func (v *Value) check() error {
	switch {
	case v == nil || v.o == nil:
		return fmt.Errorf("interp: use of a released Value")
	case v.in.closed:
		return ErrClosed
	}
	return nil
}

// Get returns the global name of __main__ converted to Go; a missing name
// is a NameError (*Error).
func (in *Interpreter) Get(name string) (any, error) {
	if in.closed {
		return nil, ErrClosed
	}
	defer in.enter()()
	o, err := in.global(name)
	if err != nil {
		return nil, err
	}
	return in.toGo(o)
}

// GetValue returns the global name of __main__ as a handle, whatever its
// type (a function to call many times, an object to pass back).
func (in *Interpreter) GetValue(name string) (*Value, error) {
	if in.closed {
		return nil, ErrClosed
	}
	defer in.enter()()
	o, err := in.global(name)
	if err != nil {
		return nil, err
	}
	return in.newValue(o), nil
}

// global looks name up in __main__'s globals, then builtins (borrowed).
func (in *Interpreter) global(name string) (*objects.Object, error) {
	ts := in.main.TS
	m := in.mainModule()
	if m == nil {
		return nil, in.finish(false)
	}
	defer objects.Decref(ts, m)
	if o := objects.DictGetItemStr(ts, vm.ModuleDict(m), name); o != nil {
		return o, nil
	}
	if o := objects.DictGetItemStr(ts, in.State.Builtins, name); o != nil {
		return o, nil
	}
	ts.Raisef(objects.NameError, "name '%s' is not defined", name)
	return nil, in.finish(false)
}

// Set binds the global name of __main__ to v converted to Python.
func (in *Interpreter) Set(name string, v any) error {
	if in.closed {
		return ErrClosed
	}
	defer in.enter()()
	ts := in.main.TS
	o, err := in.toPy(v)
	if err != nil {
		return err
	}
	defer objects.Decref(ts, o)
	m := in.mainModule()
	if m == nil {
		return in.finish(false)
	}
	defer objects.Decref(ts, m)
	if objects.DictSetItemStr(ts, vm.ModuleDict(m), name, o) < 0 {
		return in.finish(false)
	}
	return nil
}

// Call calls fn with Go arguments converted to Python and returns the
// result converted to Go. fn is the name of a callable in __main__ (or
// builtins), or a *Value; a Kwargs as the last argument gives keyword
// arguments. A Python exception comes back as an *Error.
func (in *Interpreter) Call(fn any, args ...any) (any, error) {
	return in.CallContext(context.Background(), fn, args...)
}

// CallContext is Call that ctx can abort, as ExecContext.
func (in *Interpreter) CallContext(ctx context.Context, fn any, args ...any) (any, error) {
	r, err := in.call(ctx, fn, args)
	if err != nil {
		return nil, err
	}
	defer in.enter()()
	defer objects.Decref(in.main.TS, r)
	return in.toGo(r)
}

// CallValue is Call that returns the result as a handle, unconverted.
func (in *Interpreter) CallValue(ctx context.Context, fn any, args ...any) (*Value, error) {
	r, err := in.call(ctx, fn, args)
	if err != nil {
		return nil, err
	}
	defer in.enter()()
	v := in.newValue(r)
	objects.Decref(in.main.TS, r)
	return v, nil
}

// call is the common part of the Call methods: the result is a new
// reference.
func (in *Interpreter) call(ctx context.Context, fn any, args []any) (*objects.Object, error) {
	if in.closed {
		return nil, ErrClosed
	}
	defer in.enter()()
	ts := in.main.TS
	var f *objects.Object
	switch fn := fn.(type) {
	case string:
		o, err := in.global(fn)
		if err != nil {
			return nil, err
		}
		f = o
	case *Value:
		if err := in.own(fn); err != nil {
			return nil, err
		}
		f = fn.o
	default:
		return nil, fmt.Errorf("interp: Call of a %T (want a name or a *Value)", fn)
	}
	objects.Incref(f)
	defer objects.Decref(ts, f)
	var kw Kwargs
	if n := len(args); n > 0 {
		if k, ok := args[n-1].(Kwargs); ok {
			kw, args = k, args[:n-1]
		}
	}
	var pargs []*objects.Object
	defer func() {
		for _, a := range pargs {
			objects.Decref(ts, a)
		}
	}()
	for _, a := range args {
		o, err := in.toPy(a)
		if err != nil {
			return nil, err
		}
		pargs = append(pargs, o)
	}
	var kwnames *objects.Object
	if len(kw) > 0 {
		var names []*objects.Object
		for k, a := range kw {
			o, err := in.toPy(a)
			if err != nil {
				for _, n := range names {
					objects.Decref(ts, n)
				}
				return nil, err
			}
			pargs = append(pargs, o)
			n := objects.NewStr(ts, k)
			if n == nil {
				for _, n := range names {
					objects.Decref(ts, n)
				}
				return nil, in.finish(false)
			}
			names = append(names, n)
		}
		kwnames = objects.NewTupleSteal(ts, names...)
		if kwnames == nil {
			return nil, in.finish(false)
		}
		defer objects.Decref(ts, kwnames)
	}
	var r *objects.Object
	err := in.run(ctx, func() bool {
		r = objects.Call(ts, f, pargs, kwnames)
		return r != nil
	})
	if err != nil {
		objects.XDecref(ts, r)
		return nil, err
	}
	return r, nil
}

// own checks that v is a live handle of this interpreter.
func (in *Interpreter) own(v *Value) error {
	if err := v.check(); err != nil {
		return err
	}
	if v.in != in {
		return fmt.Errorf("interp: a Value of interpreter %d used in interpreter %d", v.in.ID, in.ID)
	}
	return nil
}

// Eval evaluates a Python expression in __main__'s globals and returns its
// value converted to Go.
func (in *Interpreter) Eval(expr string) (any, error) {
	return in.EvalContext(context.Background(), expr)
}

// EvalContext is Eval that ctx can abort, as ExecContext.
func (in *Interpreter) EvalContext(ctx context.Context, expr string) (any, error) {
	if in.closed {
		return nil, ErrClosed
	}
	var g *Value
	func() {
		defer in.enter()()
		if m := in.mainModule(); m != nil {
			g = in.newValue(vm.ModuleDict(m))
			objects.Decref(in.main.TS, m)
		}
	}()
	if g == nil {
		defer in.enter()()
		return nil, in.finish(false)
	}
	defer g.Close()
	return in.CallContext(ctx, "eval", expr, g)
}

// toPy converts a Go value to a new reference, or an error (with no
// exception left set).
func (in *Interpreter) toPy(v any) (*objects.Object, error) {
	return in.toPyDepth(v, 0)
}

func (in *Interpreter) toPyDepth(v any, depth int) (*objects.Object, error) {
	ts := in.main.TS
	if depth > maxDepth {
		return nil, fmt.Errorf("interp: Go value nested deeper than %d levels", maxDepth)
	}
	var o *objects.Object
	switch x := v.(type) {
	case nil:
		return objects.NewRef(objects.None), nil
	case bool:
		return objects.NewRef(objects.Bool(x)), nil
	case int:
		o = objects.NewInt(ts, int64(x))
	case int8:
		o = objects.NewInt(ts, int64(x))
	case int16:
		o = objects.NewInt(ts, int64(x))
	case int32:
		o = objects.NewInt(ts, int64(x))
	case int64:
		o = objects.NewInt(ts, x)
	case uint:
		o = objects.NewIntUint64(ts, uint64(x))
	case uint8:
		o = objects.NewInt(ts, int64(x))
	case uint16:
		o = objects.NewInt(ts, int64(x))
	case uint32:
		o = objects.NewInt(ts, int64(x))
	case uint64:
		o = objects.NewIntUint64(ts, x)
	case uintptr:
		o = objects.NewIntUint64(ts, uint64(x))
	case *big.Int:
		if x == nil {
			return nil, fmt.Errorf("interp: cannot convert a nil *big.Int")
		}
		o = objects.NewIntBig(ts, x)
	case float32:
		o = objects.NewFloat(ts, float64(x))
	case float64:
		o = objects.NewFloat(ts, x)
	case string:
		o = objects.NewStr(ts, x)
	case []byte:
		if x == nil {
			x = []byte{}
		}
		o = objects.NewBytes(ts, append([]byte(nil), x...))
	case *Value:
		if err := in.own(x); err != nil {
			return nil, err
		}
		return objects.NewRef(x.o), nil
	case Tuple:
		items, err := in.toPyItems(x, depth)
		if err != nil {
			return nil, err
		}
		o = objects.NewTupleSteal(ts, items...)
	case []any:
		items, err := in.toPyItems(x, depth)
		if err != nil {
			return nil, err
		}
		o = objects.NewListSteal(ts, items)
	case map[string]any:
		return in.toPyDict(len(x), func(yield func(string, any) bool) {
			for k, e := range x {
				if !yield(k, e) {
					return
				}
			}
		}, depth)
	default:
		return in.toPyReflect(v, depth)
	}
	if o == nil {
		return nil, in.finish(false)
	}
	return o, nil
}

// toPyReflect converts the slices, arrays and string-keyed maps of other
// element types ([]string, map[string]int, ...).
func (in *Interpreter) toPyReflect(v any, depth int) (*objects.Object, error) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		items := make([]any, rv.Len())
		for i := range items {
			items[i] = rv.Index(i).Interface()
		}
		return in.toPyDepth(items, depth)
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			break
		}
		return in.toPyDict(rv.Len(), func(yield func(string, any) bool) {
			it := rv.MapRange()
			for it.Next() {
				if !yield(it.Key().String(), it.Value().Interface()) {
					return
				}
			}
		}, depth)
	}
	return nil, fmt.Errorf("interp: cannot convert a Go %T to Python", v)
}

// toPyItems converts the items of a list or tuple (new references).
func (in *Interpreter) toPyItems(xs []any, depth int) ([]*objects.Object, error) {
	items := make([]*objects.Object, 0, len(xs))
	for _, x := range xs {
		o, err := in.toPyDepth(x, depth+1)
		if err != nil {
			for _, it := range items {
				objects.Decref(in.main.TS, it)
			}
			return nil, err
		}
		items = append(items, o)
	}
	return items, nil
}

func (in *Interpreter) toPyDict(n int, each func(func(string, any) bool), depth int) (*objects.Object, error) {
	ts := in.main.TS
	d := objects.NewDict(ts)
	if d == nil {
		return nil, in.finish(false)
	}
	var err error
	each(func(k string, x any) bool {
		var o *objects.Object
		if o, err = in.toPyDepth(x, depth+1); err != nil {
			return false
		}
		r := objects.DictSetItemStr(ts, d, k, o)
		objects.Decref(ts, o)
		if r < 0 {
			err = in.finish(false)
			return false
		}
		return true
	})
	if err != nil {
		objects.Decref(ts, d)
		return nil, err
	}
	return d, nil
}

// toGo converts a Python object (borrowed) to a Go value; see above.
func (in *Interpreter) toGo(o *objects.Object) (any, error) {
	return in.toGoDepth(o, map[*objects.Object]bool{}, 0)
}

func (in *Interpreter) toGoDepth(o *objects.Object, active map[*objects.Object]bool, depth int) (any, error) {
	switch t := o.Type(); t {
	case objects.NoneType:
		return nil, nil
	case objects.BoolType:
		return o == objects.True, nil
	case objects.IntType:
		i := objects.AsInt(o)
		if v, ok := i.Int64(); ok {
			return v, nil
		}
		return i.Big(), nil
	case objects.FloatType:
		return objects.FloatValue(o), nil
	case objects.StrType:
		return objects.StrValue(o), nil
	case objects.BytesType:
		return append([]byte{}, objects.BytesValue(o)...), nil
	case objects.TupleType, objects.ListType, objects.DictType:
		if active[o] || depth >= maxDepth {
			break // a container that contains itself stays a handle
		}
		active[o] = true
		defer delete(active, o)
		switch t {
		case objects.TupleType:
			xs, err := in.toGoItems(objects.TupleItems(o), active, depth)
			return Tuple(xs), err
		case objects.ListType:
			// A copy of the items: conversion runs no Python code, but
			// keep the list's slice out of reach of any change.
			return in.toGoItems(append([]*objects.Object(nil), objects.ListItems(o)...), active, depth)
		}
		if m, ok, err := in.toGoDict(o, active, depth); ok || err != nil {
			return m, err
		}
	}
	return in.newValue(o), nil
}

func (in *Interpreter) toGoItems(items []*objects.Object, active map[*objects.Object]bool, depth int) ([]any, error) {
	xs := make([]any, len(items))
	for i, it := range items {
		x, err := in.toGoDepth(it, active, depth+1)
		if err != nil {
			releaseGo(xs)
			return nil, err
		}
		xs[i] = x
	}
	return xs, nil
}

// toGoDict converts a dict whose keys are all exact strs; ok is false for
// another dict.
func (in *Interpreter) toGoDict(d *objects.Object, active map[*objects.Object]bool, depth int) (map[string]any, bool, error) {
	pos := 0
	for {
		k, _, more := objects.DictNext(d, &pos)
		if !more {
			break
		}
		if k.Type() != objects.StrType {
			return nil, false, nil
		}
	}
	m := make(map[string]any, objects.DictLen(d))
	pos = 0
	for {
		k, v, more := objects.DictNext(d, &pos)
		if !more {
			break
		}
		x, err := in.toGoDepth(v, active, depth+1)
		if err != nil {
			releaseGo(m)
			return nil, true, err
		}
		m[objects.StrValue(k)] = x
	}
	return m, true, nil
}

// releaseGo closes the handles inside a converted value.
func releaseGo(x any) {
	switch x := x.(type) {
	case *Value:
		x.release()
	case []any:
		for _, e := range x {
			releaseGo(e)
		}
	case Tuple:
		for _, e := range x {
			releaseGo(e)
		}
	case map[string]any:
		for _, e := range x {
			releaseGo(e)
		}
	}
}

// plain reports whether a converted value holds no handle.
func plain(x any) bool {
	switch x := x.(type) {
	case *Value:
		return false
	case []any:
		for _, e := range x {
			if !plain(e) {
				return false
			}
		}
	case Tuple:
		for _, e := range x {
			if !plain(e) {
				return false
			}
		}
	case map[string]any:
		for _, e := range x {
			if !plain(e) {
				return false
			}
		}
	}
	return true
}
