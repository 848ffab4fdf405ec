package objects

import (
	"reflect"
	"unsafe"

	"minipy/runtime/alloc"
)

// Instance layouts of classes made at run time, as CPython lays out a
// heap type's instances: the struct of the static base (tp_basicsize of
// the solid base), then what the class adds, the __slots__ values and the
// instance __dict__ (tp_dictoffset).
//
// A static type that may be subclassed registers its struct with
// SetLayout: the alloc class of its own blocks, and an extension class
// whose blocks are that struct followed by an instanceExt (and, when the
// struct has no GC head, a gcHead: every class is a container for the
// cycle collector, whatever its base). A static type that registers
// nothing shares its base's struct (bool, most exceptions).
//
// A class uses its static base's struct as is when it adds nothing the
// struct lacks (an exception subclass: BaseException has a __dict__ and a
// GC head); otherwise its instances are extension blocks (t.ext). The
// choice is made once, by ReadyHeapType; newObject and freeObject, the one
// place every object is allocated and freed, redirect a class's instances
// to the extension class, so that every built-in constructor (int.__new__,
// list.__new__, ...) makes subclass instances without knowing about them.
// The instance holds a reference to its class (PyType_GenericAlloc),
// taken in newObject and dropped in freeObject, after the block is freed.

// instanceExt is what a class adds to its static base's struct.
type instanceExt struct {
	dict  *Object   // the instance __dict__ (nil until first used)
	slots []*Object // the __slots__ values, base classes' first
}

// extendedGC is the extension of a struct that embeds GCObject.
type extendedGC[T any] struct {
	base T
	ext  instanceExt
}

// extendedNoGC is the extension of a struct without a GC head: the head
// follows the extension, and gcHeadOfAny finds it through the class.
type extendedNoGC[T any] struct {
	base T
	ext  instanceExt
	gc   gcHead
}

// HeapInstance is the layout of instances of classes whose solid base is
// object: the header, the GC head, the extension.
type HeapInstance struct {
	GCObject
	ext instanceExt
}

// Layout is the struct of a static type's instances and how classes
// extend it.
type Layout struct {
	name  string
	class unsafe.Pointer // *alloc.Class[T] of the static struct
	// itemsize: a variable-size object in CPython (int, bytes, tuple):
	// classes may not add __slots__ and their __dict__ is an ordinary
	// dict, not inline values.
	itemsize bool
	hasGC    bool // T embeds GCObject (its GC head is at gcHeadOffset)
	weakref  bool // instances can be weakly referenced (tp_weaklistoffset)
	// The extension blocks.
	extAlloc  func(ts *Thread) *Object
	extFree   func(ts *Thread, o *Object)
	extOffset uintptr
	gcOffset  uintptr // the GC head of an extension block; 0: gcHeadOffset
}

// SetLayout records that the instances of static type t are blocks of
// class c, so that classes derived from t can extend them. Call it at init,
// for every static type with FlagBaseType whose struct differs from its
// base's.
func SetLayout[T any](t *Type, c *alloc.Class[T], itemsize bool) *Layout {
	var zero T
	l := &Layout{name: c.Name(), class: unsafe.Pointer(c), itemsize: itemsize}
	if structStartsWithGC(reflect.TypeOf(zero)) {
		l.hasGC = true
		ec := alloc.NewClass[extendedGC[T]](c.Name() + " subclass")
		l.extOffset = unsafe.Offsetof(extendedGC[T]{}.ext)
		l.extAlloc = func(ts *Thread) *Object { return (*Object)(unsafe.Pointer(alloc.Alloc(ts.heap, ec))) }
		l.extFree = func(ts *Thread, o *Object) { alloc.Free(ts.heap, ec, (*extendedGC[T])(unsafe.Pointer(o))) }
	} else {
		ec := alloc.NewClass[extendedNoGC[T]](c.Name() + " subclass")
		l.extOffset = unsafe.Offsetof(extendedNoGC[T]{}.ext)
		l.gcOffset = unsafe.Offsetof(extendedNoGC[T]{}.gc)
		l.extAlloc = func(ts *Thread) *Object { return (*Object)(unsafe.Pointer(alloc.Alloc(ts.heap, ec))) }
		l.extFree = func(ts *Thread, o *Object) { alloc.Free(ts.heap, ec, (*extendedNoGC[T])(unsafe.Pointer(o))) }
	}
	t.layout = l
	return l
}

// SupportsWeakrefs records that the struct has a weak reference list, so
// that classes derived from it add no __weakref__.
func (l *Layout) SupportsWeakrefs() { l.weakref = true }

// structStartsWithGC reports whether a struct starts with a GCObject (a GC
// head at gcHeadOffset): it is GCObject, or its first field does.
func structStartsWithGC(t reflect.Type) bool {
	gcType := reflect.TypeOf(GCObject{})
	for t.Kind() == reflect.Struct && t.NumField() > 0 {
		if t == gcType {
			return true
		}
		t = t.Field(0).Type
	}
	return false
}

var heapInstanceClass = alloc.NewClass[HeapInstance]("instance")

func init() {
	// object: its own blocks are bare headers; a class's instances are
	// HeapInstances, whose GC head sits where GCObject puts it.
	ObjectType.layout = &Layout{name: "object", class: unsafe.Pointer(bareObjectClass),
		extOffset: unsafe.Offsetof(HeapInstance{}.ext),
		extAlloc:  func(ts *Thread) *Object { return &alloc.Alloc(ts.heap, heapInstanceClass).Object },
		extFree: func(ts *Thread, o *Object) {
			alloc.Free(ts.heap, heapInstanceClass, (*HeapInstance)(unsafe.Pointer(o)))
		}}
	SetLayout(IntType, intClass, true)
	SetLayout(FloatType, floatClass, false)
	SetLayout(ComplexType, complexClass, false)
	SetLayout(StrType, strClass, false)
	SetLayout(BytesType, bytesClass, true)
	SetLayout(ByteArrayType, byteArrayClass, false)
	SetLayout(ListType, listClass, false)
	SetLayout(TupleType, tupleClass, true)
	SetLayout(DictType, dictClass, false)
	SetLayout(SetType, setClass, false).SupportsWeakrefs()
	SetLayout(FrozenSetType, setClass, false).SupportsWeakrefs()
	SetLayout(StaticMethodType, funcWrapperDescrClass, false)
	SetLayout(ClassMethodType, funcWrapperDescrClass, false)
	SetLayout(PropertyType, propertyObjClass, false)
}

// extOf returns the extension of an instance of a class with one.
func extOf(o *Object) *instanceExt {
	return (*instanceExt)(unsafe.Add(unsafe.Pointer(o), o.typ.ext.extOffset))
}

// newExtInstance allocates an instance of class t, which extends the
// static struct whose alloc class is c (newObject's path for such
// classes), and takes the instance's reference to t.
func newExtInstance(ts *Thread, c unsafe.Pointer, t *Type) *Object {
	l := t.ext
	if l.class != c {
		panic("minipy: class " + t.Name + " extends " + l.name + " but is allocated as another struct (a static base without SetLayout?)")
	}
	o := l.extAlloc(ts)
	initHeader(o, t)
	if t.nslots > 0 {
		extOf(o).slots = make([]*Object, t.nslots)
		ts.heap.Charge(t.nslots * ptrSize)
	}
	Incref(&t.Object)
	if !l.hasGC {
		// The static struct has no GC head, so its constructor will not
		// track the instance: track it now (its fields are all zero).
		h := gcHeadOfAny(o)
		if l.gcOffset != 0 {
			h.flags |= uint32(l.gcOffset) << gcOffsetShift
		}
		gcTrackHead(ts, h)
	}
	return o
}

// freeExtInstance frees an extension block (freeObject's path); the
// caller drops the reference to the class.
func freeExtInstance(ts *Thread, o *Object) {
	t := o.typ
	if e := extOf(o); e.slots != nil {
		ts.heap.Uncharge(len(e.slots) * ptrSize)
		e.slots = nil
	}
	if ts.Space.debug {
		poison(o)
	}
	t.ext.extFree(ts, o)
}

// gcHeadOfAny returns the GC head of any container, including instances
// of classes that extend a struct without one.
func gcHeadOfAny(o *Object) *gcHead {
	if off := o.typ.gcOffset; off != 0 {
		return (*gcHead)(unsafe.Add(unsafe.Pointer(o), off))
	}
	return gcHeadOf(o)
}

// gcOffsetShift: the flags word of a GC head that does not follow the
// Object header keeps the head's offset in its upper bits, so that
// gcObjectOf can walk back from the head.
const gcOffsetShift = 16

// gcTrackHead is gcTrack for a head found with gcHeadOfAny.
func gcTrackHead(ts *Thread, h *gcHead) {
	g := &ts.Space.GC
	if h.prev == nil {
		gcListAppend(h, &g.gens[0].head)
	}
	gcCountAlloc(g)
}

// heapExtDictPtr is the DictPtr of classes whose __dict__ lives in the
// extension.
func heapExtDictPtr(o *Object) **Object { return &extOf(o).dict }

// newInstanceDict makes the empty __dict__ of instance o. The dict of an
// instance made by object.__new__ holds inline values (CPython 3.11's
// _PyObject_InitializeDict): it is part of the instance for the collector
// until DictExpose.
func newInstanceDict(ts *Thread, o *Object) *Object {
	d := NewDict(ts)
	if d != nil && typeXStaticBase(o.typ) == ObjectType {
		(*Dict)(unsafePointer(d)).inline = true
	}
	return d
}

func dictIsInline(d *Object) bool { return AsDict(d) != nil && (*Dict)(unsafePointer(d)).inline }

// DictExpose makes an instance's inline dict an ordinary dict: Python code
// now holds it (obj.__dict__, vars(obj)), so the collector must see it as
// an object, tracked when it holds containers (MAINTAIN_TRACKING).
func DictExpose(ts *Thread, o *Object) {
	if AsDict(o) == nil {
		return
	}
	d := (*Dict)(unsafePointer(o))
	if !d.inline {
		return
	}
	d.inline = false
	for pos := 0; ; {
		k, v, ok := DictNext(o, &pos)
		if !ok {
			return
		}
		if gcMayBeTracked(k) || gcMayBeTracked(v) {
			gcLink(&ts.Space.GC, o)
			return
		}
	}
}
