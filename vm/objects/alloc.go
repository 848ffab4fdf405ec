package objects

import (
	"reflect"
	"sync"
	"unsafe"

	"minipy/runtime/alloc"
)

// newObject allocates a block of class c from ts's heap and gives it
// refcount 1 and type t. An instance of a class made at run time holds a
// reference to it, and may be a larger block (layout.go).
func newObject[T any](ts *Thread, c *alloc.Class[T], t *Type) *T {
	if t.Flags&FlagHeapType != 0 {
		if t.ext != nil {
			return (*T)(unsafe.Pointer(newExtInstance(ts, unsafe.Pointer(c), t)))
		}
		Incref(&t.Object)
	}
	p := alloc.Alloc(ts.heap, c)
	initHeader((*Object)(unsafe.Pointer(p)), t)
	return p
}

// freeObject returns an object's block to ts's heap once its dealloc has
// released its references. Under the debug allocator the block is poisoned:
// its type becomes FreedType, whose slots fail loudly, naming the type and
// where the block was freed.
func freeObject[T any](ts *Thread, c *alloc.Class[T], p *T) {
	o := (*Object)(unsafe.Pointer(p))
	if o.IsImmortal() {
		// Accidental de-immortalization of a static object: reset the
		// count rather than free memory the heap does not own.
		o.hdr.Refcnt = ImmortalRefcnt
		return
	}
	if t := o.typ; t.Flags&FlagHeapType != 0 {
		// An instance of a class: free its block, then drop its
		// reference to the class (which may die now).
		if t.ext != nil {
			freeExtInstance(ts, o)
		} else {
			if ts.Space.debug {
				poison(o)
			}
			alloc.Free(ts.heap, c, p)
		}
		Decref(ts, &t.Object)
		return
	}
	if ts.Space.debug {
		poison(o)
	}
	alloc.Free(ts.heap, c, p)
}

// poison marks a block being freed under the debug allocator: its type
// becomes FreedType, so that a use through a slot panics, and its count 1,
// so that a stray Decref reaches FreedType's Dealloc and panics too,
// instead of wrapping the count to a value that reads as immortal.
func poison(o *Object) {
	o.typ = FreedType
	o.hdr.Refcnt = 1
}

// FreedType is the type of a freed block under the debug allocator. Every
// slot panics with a message naming the freed object's class and the site
// that freed it: a use after free is a minipy bug, reported where it happens.
var FreedType = &Type{Name: "<freed object>"}

func init() {
	v := reflect.ValueOf(FreedType).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Kind() != reflect.Func || !f.CanSet() {
			continue
		}
		slot := v.Type().Field(i).Name
		f.Set(reflect.MakeFunc(f.Type(), func(args []reflect.Value) []reflect.Value {
			panic(freedUse(slot, args))
		}))
	}
}

// freedUse builds the panic message for a use of a freed object.
func freedUse(slot string, args []reflect.Value) string {
	var ts *Thread
	var o *Object
	for _, a := range args {
		switch x := a.Interface().(type) {
		case *Thread:
			ts = x
		case *Object:
			if o == nil {
				o = x
			}
		}
	}
	msg := "minipy: use of a freed object through slot " + slot
	if ts != nil && o != nil {
		if class, site, ok := ts.heap.FreedInfo(unsafe.Pointer(o)); ok {
			msg += ": a " + class + " freed at " + site
		}
	}
	return msg
}

// Static types are registered by the init functions of the files that
// define them and made ready once, the first time a Space is created.
var (
	staticTypes []*Type
	readyOnce   sync.Once
)

// registerStatic records a built-in type for readyStaticTypes.
func registerStatic(types ...*Type) {
	staticTypes = append(staticTypes, types...)
}

// beforeReady are run once just before the static types are made ready:
// files that add methods to another file's type (bi_*.go) do it there, as
// init order between files would otherwise decide whose table wins.
var beforeReady []func()

func readyStaticTypes() {
	readyOnce.Do(func() {
		for _, f := range beforeReady {
			f()
		}
		for _, t := range staticTypes {
			readyType(t)
		}
		// Static types never change after this: fixed version tags.
		for i, t := range staticTypes {
			if i+1 < heapVersionBase {
				t.version = uint32(i + 1)
			}
		}
	})
}
