package objects

import (
	"os/exec"

	"minipy/runtime/alloc"
	"strings"
	"testing"
)

// Tests of the type machinery: static type dicts, descriptors, the generic
// attribute protocol, object and type. Expected values come from python3.

// attrChain is getattr(getattr(o, a), b)...; it steals o (nil: an
// exception is pending).
func attrChain(ts *Thread, o *Object, names ...string) *Object {
	if o == nil {
		return nil
	}
	cur := o
	for _, n := range names {
		next := GetAttrString(ts, cur, n)
		Decref(ts, cur)
		if next == nil {
			return nil
		}
		cur = next
	}
	return cur
}

// dictEntry is T.__dict__[name] through the mappingproxy.
func typeTestDictEntry(ts *Thread, t *Type, name string) *Object {
	d := GetAttrString(ts, t.TypeObject(), "__dict__")
	if d == nil {
		return nil
	}
	k := NewStr(ts, name)
	r := GetItem(ts, d, k)
	Decref(ts, k)
	Decref(ts, d)
	return r
}

func show(f func(ts *Thread) *Object) func(ts *Thread) string {
	return func(ts *Thread) string { return typeTestShow(ts, f(ts)) }
}

func showNoAddr(f func(ts *Thread) *Object) func(ts *Thread) string {
	return func(ts *Thread) string { return typeTestNoAddr(typeTestShow(ts, f(ts))) }
}

func TestTypeDescriptorReprs(t *testing.T) {
	T := func(x *Type) *Object { return x.TypeObject() }
	cases := []typeTestCase{
		{"int.__add__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__") })},
		{"int.__dict__['__radd__']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, IntType, "__radd__") })},
		{"object.__dict__['__init_subclass__']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, ObjectType, "__init_subclass__") })},
		{"object.__dict__['__class__']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, ObjectType, "__class__") })},
		{"type.__dict__['__name__']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, TypeType, "__name__") })},
		{"type.__dict__['mro']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, TypeType, "mro") })},
		{"property.__dict__['fget']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, PropertyType, "fget") })},
		{"list.__hash__", show(func(ts *Thread) *Object { return attrChain(ts, T(ListType), "__hash__") })},
		{"int.__dict__['x']", show(func(ts *Thread) *Object { return typeTestDictEntry(ts, IntType, "x") })},
		{"type(int.__add__)", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__", "__class__") })},
		{"type((1).__add__)", show(func(ts *Thread) *Object { return attrChain(ts, NewInt(ts, 1), "__add__", "__class__") })},
		{"type(int.__dict__['__new__'])", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__new__", "__class__") })},
		{"type(int.__dict__)", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__dict__", "__class__") })},
		{"(1).__add__", showNoAddr(func(ts *Thread) *Object { return attrChain(ts, NewInt(ts, 1), "__add__") })},
		{"int.__new__", showNoAddr(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__new__") })},
		{"object.__subclasshook__", showNoAddr(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__subclasshook__") })},
		{"object().__dir__", showNoAddr(func(ts *Thread) *Object {
			return attrChain(ts, typeTestCall(ts, T(ObjectType)), "__dir__")
		})},
		{"object().__hash__.__name__", show(func(ts *Thread) *Object {
			return attrChain(ts, typeTestCall(ts, T(ObjectType)), "__hash__", "__name__")
		})},
		{"int.__add__.__qualname__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__", "__qualname__") })},
		{"int.__add__.__objclass__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__", "__objclass__") })},
		{"int.__add__.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__", "__doc__") })},
		{"int.__add__.__text_signature__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__add__", "__text_signature__") })},
		{"int.__neg__.__text_signature__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__neg__", "__text_signature__") })},
		{"(1).__pow__.__text_signature__", show(func(ts *Thread) *Object { return attrChain(ts, NewInt(ts, 1), "__pow__", "__text_signature__") })},
		{"(1).__pow__.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, NewInt(ts, 1), "__pow__", "__doc__") })},
		{"object.__init__.__text_signature__", show(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__init__", "__text_signature__") })},
		{"object.__init__.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__init__", "__doc__") })},
		{"object.__init_subclass__.__qualname__", show(func(ts *Thread) *Object {
			return attrChain(ts, T(ObjectType), "__init_subclass__", "__qualname__")
		})},
		{"type.mro.__qualname__", show(func(ts *Thread) *Object { return attrChain(ts, T(TypeType), "mro", "__qualname__") })},
		{"object().__dir__.__qualname__", show(func(ts *Thread) *Object {
			return attrChain(ts, typeTestCall(ts, T(ObjectType)), "__dir__", "__qualname__")
		})},
		{"int.mro()", show(func(ts *Thread) *Object { return CallMethod(ts, T(IntType), "mro") })},
		{"bool.__mro__", show(func(ts *Thread) *Object { return attrChain(ts, T(BoolType), "__mro__") })},
		{"bool.__bases__", show(func(ts *Thread) *Object { return attrChain(ts, T(BoolType), "__bases__") })},
		{"object.__bases__", show(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__bases__") })},
		{"object.__base__", show(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__base__") })},
		{"KeyError.__mro__", show(func(ts *Thread) *Object { return attrChain(ts, T(KeyError), "__mro__") })},
		{"ExceptionGroup.__mro__", show(func(ts *Thread) *Object { return attrChain(ts, T(ExceptionGroup), "__mro__") })},
		{"int.__name__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__name__") })},
		{"int.__qualname__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__qualname__") })},
		{"int.__module__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__module__") })},
		{"object.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(ObjectType), "__doc__") })},
		{"type.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(TypeType), "__doc__") })},
		{"property.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(PropertyType), "__doc__") })},
		{"ValueError.__doc__", show(func(ts *Thread) *Object { return attrChain(ts, T(ValueError), "__doc__") })},
		{"type(1)", show(func(ts *Thread) *Object { return typeTestCall(ts, T(TypeType), NewInt(ts, 1)) })},
		{"type(type)", show(func(ts *Thread) *Object { return typeTestCall(ts, T(TypeType), NewRef(T(TypeType))) })},
		{"int.__text_signature__", show(func(ts *Thread) *Object { return attrChain(ts, T(IntType), "__text_signature__") })},
		{"object.__eq__(1, 1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__eq__"), NewInt(ts, 1), NewInt(ts, 1))
		})},
		{"object.__ne__(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__ne__"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"object().__eq__(1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestCall(ts, T(ObjectType)), "__eq__"), NewInt(ts, 1))
		})},
		{"object.__subclasshook__()", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__subclasshook__"))
		})},
		{"object.__init_subclass__()", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__init_subclass__"))
		})},
		{"'__getattribute__' in object.__dict__", show(func(ts *Thread) *Object {
			d := attrChain(ts, T(ObjectType), "__dict__")
			k := NewStr(ts, "__getattribute__")
			r := Contains(ts, d, k)
			Decref(ts, k)
			Decref(ts, d)
			return Bool(r == 1)
		})},
		{"'__hash__' in list.__dict__", show(func(ts *Thread) *Object {
			d := attrChain(ts, T(ListType), "__dict__")
			k := NewStr(ts, "__hash__")
			r := Contains(ts, d, k)
			Decref(ts, k)
			Decref(ts, d)
			return Bool(r == 1)
		})},
		{"len(object.__dict__) > 10", show(func(ts *Thread) *Object {
			d := attrChain(ts, T(ObjectType), "__dict__")
			n := Len(ts, d)
			Decref(ts, d)
			return Bool(n > 10)
		})},
		{"type.__prepare__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(TypeType), "__prepare__")) })},
		{"type.__instancecheck__(int, True)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(TypeType), "__instancecheck__"), NewRef(T(IntType)), True)
		})},
		{"type.__subclasscheck__(int, bool)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(TypeType), "__subclasscheck__"), NewRef(T(IntType)), NewRef(T(BoolType)))
		})},
		{"'mro' in type.__dir__(int)", show(func(ts *Thread) *Object {
			l := typeTestCall(ts, attrChain(ts, T(TypeType), "__dir__"), NewRef(T(IntType)))
			k := NewStr(ts, "mro")
			r := Contains(ts, l, k)
			Decref(ts, k)
			Decref(ts, l)
			return Bool(r == 1)
		})},
		{"len(object().__dir__()) == len(object.__dict__)", show(func(ts *Thread) *Object {
			l := typeTestCall(ts, attrChain(ts, typeTestCall(ts, T(ObjectType)), "__dir__"))
			return Bool(l != nil && Len(ts, l) == DictLen(ObjectType.Dict) && typeXRelease(ts, l))
		})},
	}
	typeTestRun(t, "", cases)
}

// typeXRelease drops o and reports true (for expressions).
func typeXRelease(ts *Thread, o *Object) bool {
	Decref(ts, o)
	return true
}

func TestTypeAttributeErrors(t *testing.T) {
	T := func(x *Type) *Object { return x.TypeObject() }
	setattr := func(ts *Thread, o *Object, name string, v *Object) *Object {
		n := NewStr(ts, name)
		defer Decref(ts, n)
		if SetAttr(ts, o, n, v) < 0 {
			return nil
		}
		return None
	}
	withObj := func(mk func(ts *Thread) *Object, f func(ts *Thread, o *Object) *Object) func(ts *Thread) string {
		return func(ts *Thread) string {
			o := mk(ts)
			if o == nil {
				return typeTestErr(ts)
			}
			r := f(ts, o)
			Decref(ts, o)
			return typeTestShow(ts, r)
		}
	}
	newObj := func(ts *Thread) *Object { return typeTestCall(ts, T(ObjectType)) }
	newList := func(ts *Thread) *Object { return NewList(ts) }
	cases := []typeTestCase{
		{"object().x", withObj(newObj, func(ts *Thread, o *Object) *Object { return GetAttrString(ts, o, "x") })},
		{"setattr(object(), 'x', 1)", withObj(newObj, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "x", NewInt(ts, 1)) })},
		{"delattr(object(), 'x')", withObj(newObj, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "x", nil) })},
		{"setattr([], 'append', 1)", withObj(newList, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "append", NewInt(ts, 1)) })},
		{"delattr([], 'append')", withObj(newList, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "append", nil) })},
		{"int.x", show(func(ts *Thread) *Object { return GetAttrString(ts, T(IntType), "x") })},
		{"setattr(int, 'x', 1)", show(func(ts *Thread) *Object { return setattr(ts, T(IntType), "x", NewInt(ts, 1)) })},
		{"delattr(int, 'x')", show(func(ts *Thread) *Object { return setattr(ts, T(IntType), "x", nil) })},
		{"setattr(int, '__name__', 'y')", show(func(ts *Thread) *Object { return setattr(ts, T(IntType), "__name__", NewStr(ts, "y")) })},
		{"setattr((1).__add__, 'x', 1)", withObj(func(ts *Thread) *Object { return attrChain(ts, NewInt(ts, 1), "__add__") },
			func(ts *Thread, o *Object) *Object { return setattr(ts, o, "x", NewInt(ts, 1)) })},
		{"setattr(property(), 'fget', 1)", withObj(func(ts *Thread) *Object { return typeTestCall(ts, T(PropertyType)) },
			func(ts *Thread, o *Object) *Object { return setattr(ts, o, "fget", NewInt(ts, 1)) })},
		{"type.__dict__['__name__'].__get__(1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestDictEntry(ts, TypeType, "__name__"), "__get__"), NewInt(ts, 1))
		})},
		{"type.__dict__['__name__'].__set__(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestDictEntry(ts, TypeType, "__name__"), "__set__"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"list.__dict__['append'].__get__(None, None)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestDictEntry(ts, ListType, "append"), "__get__"), None, None)
		})},
		{"list.__dict__['append'].__get__(1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestDictEntry(ts, ListType, "append"), "__get__"), NewInt(ts, 1))
		})},
		{"list.append()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(ListType), "append")) })},
		{"list.append(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ListType), "append"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"int.__add__('a', 1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(IntType), "__add__"), NewStr(ts, "a"), NewInt(ts, 1))
		})},
		{"int.__add__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(IntType), "__add__")) })},
		{"int.__add__(1)", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(IntType), "__add__"), NewInt(ts, 1)) })},
		{"int.__add__(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(IntType), "__add__"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"int.__add__(1, 2, x=3)", show(func(ts *Thread) *Object {
			return typeTestCallKw(ts, attrChain(ts, T(IntType), "__add__"), []*Object{NewInt(ts, 1), NewInt(ts, 2)}, "x", NewInt(ts, 3))
		})},
		{"(1).__neg__(2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, NewInt(ts, 1), "__neg__"), NewInt(ts, 2))
		})},
		{"(1).__pow__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, NewInt(ts, 1), "__pow__")) })},
		{"(2).__rsub__(10)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, NewInt(ts, 2), "__rsub__"), NewInt(ts, 10))
		})},
		{"(5).__hash__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, NewInt(ts, 5), "__hash__")) })},
		{"(5).__lt__(7)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, NewInt(ts, 5), "__lt__"), NewInt(ts, 7))
		})},
		{"int.__new__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(IntType), "__new__")) })},
		{"int.__new__(1)", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(IntType), "__new__"), NewInt(ts, 1)) })},
		{"int.__new__(str)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(IntType), "__new__"), NewRef(T(StrType)))
		})},
		{"object.__new__(int)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__new__"), NewRef(T(IntType)))
		})},
		{"object.__new__()", show(func(ts *Thread) *Object { return typeTestCall(ts, attrChain(ts, T(ObjectType), "__new__")) })},
		{"object(1)", show(func(ts *Thread) *Object { return typeTestCall(ts, T(ObjectType), NewInt(ts, 1)) })},
		{"object.__new__(object, 1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__new__"), NewRef(T(ObjectType)), NewInt(ts, 1))
		})},
		{"object.__init__(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__init__"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"object.__setattr__(int, 'x', 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__setattr__"), NewRef(T(IntType)), NewStr(ts, "x"), NewInt(ts, 2))
		})},
		{"object.__getattribute__(1, 2)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__getattribute__"), NewInt(ts, 1), NewInt(ts, 2))
		})},
		{"type((1).__add__)()", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, NewInt(ts, 1), "__add__", "__class__"))
		})},
		{"type()", show(func(ts *Thread) *Object { return typeTestCall(ts, T(TypeType)) })},
		{"type(1, 2)", show(func(ts *Thread) *Object { return typeTestCall(ts, T(TypeType), NewInt(ts, 1), NewInt(ts, 2)) })},
		{"type(1, x=2)", show(func(ts *Thread) *Object {
			return typeTestCallKw(ts, T(TypeType), []*Object{NewInt(ts, 1)}, "x", NewInt(ts, 2))
		})},
		{"type.__new__(type, 1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(TypeType), "__new__"), NewRef(T(TypeType)), NewInt(ts, 1))
		})},
		{"type.__init__(int)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(TypeType), "__init__"), NewRef(T(IntType)))
		})},
		{"object().__format__('x')", withObj(newObj, func(ts *Thread, o *Object) *Object { return CallMethod(ts, o, "__format__", typeXStaticStr("x")) })},
		{"object().__format__(1)", withObj(newObj, func(ts *Thread, o *Object) *Object { return CallMethod(ts, o, "__format__", NewInt(ts, 1)) })},
		{"object().__dir__(1)", withObj(newObj, func(ts *Thread, o *Object) *Object { return CallMethod(ts, o, "__dir__", NewInt(ts, 1)) })},
		{"object.__init_subclass__(1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, T(ObjectType), "__init_subclass__"), NewInt(ts, 1))
		})},
		{"setattr(object(), '__class__', int)", withObj(newObj, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "__class__", T(IntType)) })},
		{"delattr(object(), '__class__')", withObj(newObj, func(ts *Thread, o *Object) *Object { return setattr(ts, o, "__class__", nil) })},
		{"getattr(1, 2)", show(func(ts *Thread) *Object { return GetAttr(ts, NewInt(ts, 1), NewInt(ts, 2)) })},
		{"int.__abstractmethods__", show(func(ts *Thread) *Object { return GetAttrString(ts, T(IntType), "__abstractmethods__") })},
		{"dict.__dict__['fromkeys'](1)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, typeTestDictEntry(ts, DictType, "fromkeys"), NewInt(ts, 1))
		})},
		{"dict.__dict__['fromkeys'](int)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, typeTestDictEntry(ts, DictType, "fromkeys"), NewRef(T(IntType)))
		})},
		{"dict.__dict__['fromkeys'].__get__(None, int)", show(func(ts *Thread) *Object {
			return typeTestCall(ts, attrChain(ts, typeTestDictEntry(ts, DictType, "fromkeys"), "__get__"), None, NewRef(T(IntType)))
		})},
	}
	typeTestRun(t, "", cases)
}

func TestTypeIsInstance(t *testing.T) {
	ts := typeTestSpace(t)
	one := NewInt(ts, 1)
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d (%s)", what, got, want, typeTestErr(ts))
		}
	}
	tup := NewTuple(ts, StrType.TypeObject(), NewTuple(ts, IntType.TypeObject()))
	Decref(ts, TupleItems(tup)[1]) // NewTuple took its own reference
	check("isinstance(1, int)", IsInstance(ts, one, IntType.TypeObject()), 1)
	check("isinstance(True, int)", IsInstance(ts, True, IntType.TypeObject()), 1)
	check("isinstance(1, str)", IsInstance(ts, one, StrType.TypeObject()), 0)
	check("isinstance(1, (str, (int,)))", IsInstance(ts, one, tup), 1)
	check("isinstance(1, object)", IsInstance(ts, one, ObjectType.TypeObject()), 1)
	check("isinstance(int, type)", IsInstance(ts, IntType.TypeObject(), TypeType.TypeObject()), 1)
	check("issubclass(bool, int)", IsSubclass(ts, BoolType.TypeObject(), IntType.TypeObject()), 1)
	check("issubclass(KeyError, LookupError)", IsSubclass(ts, KeyError.TypeObject(), LookupError.TypeObject()), 1)
	sb := NewTuple(ts, StrType.TypeObject(), BoolType.TypeObject())
	check("issubclass(int, (str, bool))", IsSubclass(ts, IntType.TypeObject(), sb), 0)
	Decref(ts, sb)
	Decref(ts, tup)
	want := typeTestPython(t, "", []string{"isinstance(1, 2)", "issubclass(1, int)", "issubclass(int, 1)"})
	got := []string{}
	if IsInstance(ts, one, NewInt(ts, 2)) == -1 {
		got = append(got, typeTestErr(ts))
	}
	if IsSubclass(ts, one, IntType.TypeObject()) == -1 {
		got = append(got, typeTestErr(ts))
	}
	if IsSubclass(ts, IntType.TypeObject(), one) == -1 {
		got = append(got, typeTestErr(ts))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n got  %q\n want %q", got, want)
	}
}

func TestTypeC3MRO(t *testing.T) {
	ts := typeTestSpace(t)
	mk := func(name string, bases ...*Type) *Type {
		x := &Type{Name: name, QualName: name, Flags: FlagHeapType | FlagBaseType, Bases: bases}
		initStatic(&x.Object, TypeType)
		if ReadyHeapType(ts, x) < 0 {
			t.Fatalf("ReadyHeapType(%s): %s", name, typeTestErr(ts))
		}
		t.Cleanup(func() { typeTestRelease(ts, x) })
		return x
	}
	names := func(x *Type) string {
		var s []string
		for _, m := range x.MRO {
			s = append(s, m.Name)
		}
		return strings.Join(s, " ")
	}
	// The classic example from the C3 paper (and Python's MRO document).
	O := ObjectType
	F := mk("F")
	E := mk("E")
	D := mk("D")
	C := mk("C", D, F)
	B := mk("B", D, E)
	A := mk("A", B, C)
	_ = O
	code := `
class F: pass
class E: pass
class D: pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
def err(f):
    try:
        f()
    except TypeError as e:
        return str(e)
`
	want := typeTestPython(t, code, []string{
		"' '.join(c.__name__ for c in A.__mro__)",
		"err(lambda: type('Q', (Z, W), {}))",
		"err(lambda: type('Q', (X, Z), {}))",
		"err(lambda: type('Q', (X, X), {}))",
		"err(lambda: type('Q', (bool,), {}))",
		"err(lambda: type('Q', (int, str), {}))",
	})
	if got := "'" + names(A) + "'"; got != want[0] {
		t.Errorf("MRO of A = %s, want %s", got, want[0])
	}
	X := mk("X")
	Y := mk("Y")
	Z := mk("Z", X, Y)
	W := mk("W", Y, X)
	fail := func(bases ...*Type) string {
		q := &Type{Name: "Q", QualName: "Q", Flags: FlagHeapType | FlagBaseType, Bases: bases}
		initStatic(&q.Object, TypeType)
		if ReadyHeapType(ts, q) == 0 {
			return "<no error>"
		}
		e := ts.FetchErr()
		defer Decref(ts, e)
		s := StrOf(ts, e)
		defer Decref(ts, s)
		r := Repr(ts, s)
		defer Decref(ts, r)
		return StrValue(r)
	}
	for i, bases := range [][]*Type{{Z, W}, {X, Z}, {X, X}, {BoolType}, {IntType, StrType}} {
		if got := fail(bases...); got != want[i+1] {
			t.Errorf("bases %v: got %s, want %s", i, got, want[i+1])
		}
	}
	_ = B
	_ = C
}

// TestTypeDecrefInlines fails when Decref no longer fits Go's inlining
// budget (the design depends on it: research/vm-prototype.md).
func TestTypeDecrefInlines(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the package")
	}
	out, err := exec.Command("go", "build", "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-m: %v\n%s", err, out)
	}
	for _, fn := range []string{"Decref", "Incref"} {
		found := false
		for _, l := range strings.Split(string(out), "\n") {
			if strings.HasSuffix(l, "can inline "+fn) || strings.Contains(l, "can inline "+fn+" ") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s does not inline", fn)
		}
	}
}

// TestTypeHeapInstance checks the generic attribute protocol on instances
// of a class made at run time (the VM's job; here built by hand).
func TestTypeHeapInstance(t *testing.T) {
	ts := typeTestSpace(t)
	A := &Type{Name: "A", QualName: "A", Module: "__main__", Flags: FlagHeapType | FlagBaseType}
	initStatic(&A.Object, TypeType) // a Go value here; the VM allocates classes in its heap
	A.Dict = NewDict(ts)
	defer typeTestRelease(ts, A)
	if DictSetItemStr(ts, A.Dict, "x", NewInt(ts, 1)) < 0 || ReadyHeapType(ts, A) < 0 {
		t.Fatal(typeTestErr(ts))
	}
	a := typeTestCall(ts, A.TypeObject())
	if a == nil {
		t.Fatal(typeTestErr(ts))
	}
	defer Decref(ts, a)
	get := func(name string) string { return typeTestShow(ts, GetAttrString(ts, a, name)) }
	set := func(name string, v *Object) {
		if SetAttrString(ts, a, name, v) < 0 {
			t.Errorf("setattr %s: %s", name, typeTestErr(ts))
		}
	}
	if got := get("x"); got != "1" {
		t.Errorf("a.x = %s, want the class attribute 1", got)
	}
	set("x", NewInt(ts, 5))
	if got := get("x"); got != "5" {
		t.Errorf("a.x = %s after a.x = 5", got)
	}
	r := Repr(ts, a)
	if typeTestNoAddr(StrValue(r)) != "<__main__.A object>" {
		t.Errorf("repr(a) = %s", StrValue(r))
	}
	Decref(ts, r)
	if got := typeTestShow(ts, Vars(ts, a)); got != "{'x': 5}" {
		t.Errorf("vars(a) = %s", got)
	}
	if got := typeTestShow(ts, GetAttrString(ts, A.TypeObject(), "__dict__")); typeTestNoAddr(got) != "mappingproxy({'x': 1, '__dict__': <attribute '__dict__' of 'A' objects>, '__weakref__': <attribute '__weakref__' of 'A' objects>, '__doc__': None})" {
		t.Errorf("A.__dict__ = %s", got)
	}
	if got := typeTestShow(ts, Dir(ts, a)); !strings.HasPrefix(got, "['__class__', '__delattr__', '__dict__', '__dir__'") || !strings.HasSuffix(got, "'__subclasshook__', '__weakref__', 'x']") {
		t.Errorf("dir(a) = %s", got)
	}
	set("x", nil)
	if got := get("x"); got != "1" {
		t.Errorf("a.x = %s after del a.x", got)
	}
	if SetAttrString(ts, a, "x", nil) == 0 {
		t.Error("second del a.x succeeded")
	}
	if got := typeTestErr(ts); got != "!! AttributeError: 'A' object has no attribute 'x'" {
		t.Errorf("del a.x twice: %s", got)
	}
	if got := get("nope"); got != "!! AttributeError: 'A' object has no attribute 'nope'" {
		t.Errorf("a.nope: %s", got)
	}
	// object(1) rules for a class with neither __init__ nor __new__.
	if r := typeTestCall(ts, A.TypeObject(), NewInt(ts, 1)); r != nil || typeTestErr(ts) != "!! TypeError: A() takes no arguments" {
		t.Error("A(1) did not fail as CPython's")
	}
	// A cycle through the instance dict: a.me = a, broken by hand here
	// (the collector does it through Traverse/Clear).
	set("me", a)
	HeapInstance := (*HeapInstance)(unsafePointer(a))
	Clear(ts, &HeapInstance.ext.dict)
}

// typeBenchSpace is a space with the production allocator (the debug one
// records a site per free and quarantines blocks).
func typeBenchSpace(b *testing.B) *Thread {
	sp := NewSpace(alloc.Config{})
	ts := sp.NewThread()
	b.Cleanup(func() {
		ClearFreeLists(ts)
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			b.Errorf("heap holds %d blocks", n)
		}
	})
	return ts
}

func BenchmarkTypeLookupHit(b *testing.B) {
	ts := typeBenchSpace(b)
	name := NewStr(ts, "append")
	defer Decref(ts, name)
	b.ReportAllocs()
	for b.Loop() {
		if LookupType(ListType, name) == nil {
			b.Fatal("append not found")
		}
	}
}

func BenchmarkTypeLookupInherited(b *testing.B) {
	ts := typeBenchSpace(b)
	name := NewStr(ts, "with_traceback")
	defer Decref(ts, name)
	b.ReportAllocs()
	for b.Loop() {
		if LookupType(KeyError, name) == nil {
			b.Fatal("with_traceback not found")
		}
	}
}

func BenchmarkTypeGetAttrBoundMethod(b *testing.B) {
	ts := typeBenchSpace(b)
	l := NewList(ts)
	defer Decref(ts, l)
	name := NewStr(ts, "append")
	defer Decref(ts, name)
	b.ReportAllocs()
	for b.Loop() {
		m := GetAttr(ts, l, name)
		Decref(ts, m)
	}
}

func BenchmarkTypeCallMethodDescr(b *testing.B) {
	ts := typeBenchSpace(b)
	l := NewList(ts)
	defer Decref(ts, l)
	d := LookupTypeString(ListType, "__len__")
	args := []*Object{l}
	b.ReportAllocs()
	for b.Loop() {
		r := Call(ts, d, args, nil)
		Decref(ts, r)
	}
}

func BenchmarkTypeLookupString(b *testing.B) {
	typeBenchSpace(b)
	b.ReportAllocs()
	for b.Loop() {
		if LookupTypeString(ListType, "append") == nil {
			b.Fatal("append not found")
		}
	}
}

func TestTypeGetMethod(t *testing.T) {
	ts := typeTestSpace(t)
	l := NewList(ts)
	defer Decref(ts, l)
	name := NewStr(ts, "append")
	defer Decref(ts, name)
	m, unbound := GetMethod(ts, l, name)
	if m == nil || !unbound || m.typ != MethodDescrType {
		t.Fatalf("GetMethod(list, append) = %v, %v", m, unbound)
	}
	r := Call(ts, m, []*Object{l, NewInt(ts, 7)}, nil)
	Decref(ts, m)
	if r != None || Len(ts, l) != 1 {
		t.Errorf("list.append through GetMethod: %v, len %d", r, Len(ts, l))
	}
	// A bound attribute that is not a method descriptor comes back bound.
	m, unbound = GetMethod(ts, IntType.TypeObject(), name)
	if m != nil || unbound || !ts.ErrMatches(AttributeError) {
		t.Errorf("GetMethod(int, append) = %v, %v", m, unbound)
	}
	ts.ClearErr()
	if !ExceptionMatches(KeyError.TypeObject(), LookupError.TypeObject()) {
		t.Error("KeyError does not match LookupError")
	}
	tup := NewTuple(ts, TypeError.TypeObject(), LookupError.TypeObject())
	defer Decref(ts, tup)
	e := NewException(ts, IndexError, "x")
	defer Decref(ts, e)
	if !ExceptionMatches(e, tup) || ExceptionMatches(e, ValueError.TypeObject()) {
		t.Error("ExceptionMatches with a tuple")
	}
	if CheckExceptClass(ts, IntType.TypeObject()) {
		t.Error("int accepted as an except class")
	}
	if got := typeTestErr(ts); got != "!! TypeError: catching classes that do not inherit from BaseException is not allowed" {
		t.Errorf("except int: %s", got)
	}
}

func TestTypeObjectHash(t *testing.T) {
	ts := typeTestSpace(t)
	o := typeTestCall(ts, ObjectType.TypeObject())
	defer Decref(ts, o)
	id := uint64(o.ID())
	want := int64(id>>4 | id<<60)
	if want == -1 {
		want = -2
	}
	if got := Hash(ts, o); got != want {
		t.Errorf("hash(object()) = %d, want id rotated by 4 = %d", got, want)
	}
	if got := Hash(ts, IntType.TypeObject()); got != HashPointer(IntType.TypeObject()) {
		t.Errorf("hash(int) = %d", got)
	}
	f := NewFloat(ts, 1.5)
	defer Decref(ts, f)
	if v, ok := AsInt64(ts, f); ok || typeTestErr(ts) != "!! TypeError: 'float' object cannot be interpreted as an integer" {
		t.Errorf("AsInt64(1.5) = %d", v)
	}
}

// TestTypeHeapExceptionSubclass: a class deriving from KeyError made at run
// time shares KeyError's layout, slots and messages.
func TestTypeHeapExceptionSubclass(t *testing.T) {
	ts := typeTestSpace(t)
	E := &Type{Name: "E", QualName: "E", Module: "__main__", Flags: FlagHeapType | FlagBaseType, Bases: []*Type{KeyError}}
	initStatic(&E.Object, TypeType)
	E.Dict = NewDict(ts)
	defer typeTestRelease(ts, E)
	if ReadyHeapType(ts, E) < 0 {
		t.Fatal(typeTestErr(ts))
	}
	e := typeTestCall(ts, E.TypeObject(), NewStr(ts, "k"))
	if e == nil {
		t.Fatal(typeTestErr(ts))
	}
	defer Decref(ts, e)
	s := StrOf(ts, e)
	if StrValue(s) != "'k'" {
		t.Errorf("str(E('k')) = %s", StrValue(s))
	}
	Decref(ts, s)
	r := Repr(ts, e)
	if StrValue(r) != "E('k')" {
		t.Errorf("repr(E('k')) = %s", StrValue(r))
	}
	Decref(ts, r)
	if IsInstance(ts, e, LookupError.TypeObject()) != 1 || !ExceptionMatches(e, KeyError.TypeObject()) {
		t.Error("E('k') is not a LookupError")
	}
	if SetAttrString(ts, e, "extra", NewInt(ts, 3)) < 0 {
		t.Error(typeTestErr(ts))
	}
	if got := typeTestShow(ts, GetAttrString(ts, e, "extra")); got != "3" {
		t.Errorf("e.extra = %s", got)
	}
}

// typeTestRelease drops what ReadyHeapType gave a class that is a Go value
// here (immortal: it is never deallocated).
func typeTestRelease(ts *Thread, x *Type) {
	Clear(ts, &x.Dict)
	Clear(ts, &x.mroTuple)
	Clear(ts, &x.basesTuple)
}
