package objects

import "testing"

// TestLayoutIntSubclass checks an instance of a class extending int, a
// struct without a GC head: it is an extension block whose head the
// collector finds through the class, it keeps the int's value and a
// __dict__, holds a reference to its class, and a cycle through its dict
// is collected (counted as CPython counts: the instance and its dict,
// which is an ordinary dict for an int subclass).
func TestLayoutIntSubclass(t *testing.T) {
	ts := typeTestSpace(t)
	I := &Type{Name: "I", QualName: "I", Module: "__main__", Flags: FlagHeapType | FlagBaseType, Bases: []*Type{IntType}}
	initStatic(&I.Object, TypeType)
	defer typeTestRelease(ts, I)
	if ReadyHeapType(ts, I) < 0 {
		t.Fatal(typeTestErr(ts))
	}
	if I.ext == nil || I.gcOffset == 0 || I.DictPtr == nil || !I.IsGC() {
		t.Fatalf("I: ext %v gcOffset %d DictPtr %v GC %v", I.ext != nil, I.gcOffset, I.DictPtr != nil, I.IsGC())
	}
	seven := NewInt(ts, 7)
	o := typeTestCall(ts, I.TypeObject(), seven)
	Decref(ts, seven)
	if o == nil {
		t.Fatal(typeTestErr(ts))
	}
	r := Repr(ts, o)
	if o.Type() != I || AsInt(o) == nil || StrValue(r) != "7" {
		t.Errorf("I(7): type %s, repr %s", o.Type().Name, StrValue(r))
	}
	Decref(ts, r)
	if h := gcHeadOfAny(o); h == gcHeadOf(o) || gcObjectOf(h) != o || !gcIsTracked(o) {
		t.Fatalf("GC head of I(7): moved %v, back to the object %v, tracked %v", h != gcHeadOf(o), gcObjectOf(h) == o, gcIsTracked(o))
	}
	if SetAttrString(ts, o, "me", o) < 0 {
		t.Fatal(typeTestErr(ts))
	}
	Collect(ts, 2)
	Decref(ts, o)
	if n := Collect(ts, 2); n != 2 {
		t.Errorf("collecting a cycle through an int subclass's dict found %d objects, want 2", n)
	}
}

// TestLayoutSlotsConflict checks CPython's layout rules: two classes that
// add __slots__ cannot be combined; a __dict__ alone adds no layout.
func TestLayoutSlotsConflict(t *testing.T) {
	ts := typeTestSpace(t)
	mk := func(name string, slots []string, bases ...*Type) (*Type, string) {
		x := &Type{Name: name, QualName: name, Flags: FlagHeapType | FlagBaseType, Bases: bases}
		initStatic(&x.Object, TypeType)
		x.Dict = NewDict(ts)
		t.Cleanup(func() { typeTestRelease(ts, x) })
		if slots != nil {
			items := make([]*Object, len(slots))
			for i, s := range slots {
				items[i] = NewStr(ts, s)
			}
			tup := NewTupleSteal(ts, items...)
			DictSetItemStr(ts, x.Dict, "__slots__", tup)
			Decref(ts, tup)
		}
		if ReadyHeapType(ts, x) < 0 {
			return nil, typeTestErr(ts)
		}
		return x, ""
	}
	A, _ := mk("A", []string{"a"})
	B, _ := mk("B", []string{"b"})
	P, _ := mk("P", nil)
	if _, err := mk("AB", nil, A, B); err != "!! TypeError: multiple bases have instance lay-out conflict" {
		t.Errorf("class AB(A, B): %s", err)
	}
	if x, err := mk("AP", nil, A, P); x == nil || x.Base != A {
		t.Errorf("class AP(A, P): %s", err)
	}
	if _, err := mk("IL", nil, IntType, ListType); err != "!! TypeError: multiple bases have instance lay-out conflict" {
		t.Errorf("class IL(int, list): %s", err)
	}
	if _, err := mk("IS", []string{"x"}, IntType); err != "!! TypeError: nonempty __slots__ not supported for subtype of 'int'" {
		t.Errorf("class IS(int) with __slots__: %s", err)
	}
}
