package objects

import "strings"

// The attribute dict of a static type.
//
// A static type is shared by every interpreter and never written after it
// is made ready, so its dict belongs to no heap: a static dict (dict.go's
// NewStaticDict) of static immortal str keys and static immortal values
// (descriptors, None, doc strings). type.__dict__ wraps it in a read-only
// mappingproxy. Heap types (classes made at run time) have an ordinary dict;
// LookupType serves both.

// typeDictBuilder fills a static dict, remembering the names already set so
// that later entries can replace earlier ones or yield to them.
type typeDictBuilder struct {
	d     *Object
	names map[string]bool
}

func (b *typeDictBuilder) set(name string, v *Object) {
	b.names[name] = true
	staticDictSet(b.d, typeXInternName(name), v)
}

// typeXNames holds one static str per attribute name of the static types'
// dicts (and a few names Go code looks up), so that LookupTypeString finds
// a ready key with its hash. Filled by readyStaticTypes (under its
// sync.Once), read-only afterwards.
var typeXNames = map[string]*Object{}

// typeXInternName returns the interned static str for an attribute name (only
// while the static types are being made ready).
func typeXInternName(name string) *Object {
	if k, ok := typeXNames[name]; ok {
		return k
	}
	k := typeXStaticStr(name)
	typeXNames[name] = k
	return k
}

// typeXLookupNames are looked up by Go code without being in every dict.
var typeXLookupNames = []string{"__getnewargs__", "__getnewargs_ex__", "__length_hint__",
	"__instancecheck__", "__subclasscheck__", "__format__", "__reduce__", "__module__",
	"__abstractmethods__", "__doc__", "__notes__", "__class_getitem__", "__set_name__",
	"__init_subclass__", "__dict__", "__slots__", "__qualname__", "__name__"}

func (b *typeDictBuilder) has(name string) bool { return b.names[name] }

// StaticStr is an immortal str no heap owns, shared by every
// interpreter, for a name that Go code looks up on a hot path (a
// package-level variable made at init).
func StaticStr(s string) *Object { return typeXStaticStr(s) }

// typeXStaticStr makes an immortal str that no heap owns, with its hash and
// any index computed now (a static object is never written after init:
// interpreters on other goroutines read it concurrently).
func typeXStaticStr(s string) *Object {
	if s == "" {
		return EmptyStr
	}
	p := &Str{s: s}
	p.n, p.kind, _ = strMeasure(s)
	initStatic(&p.Object, StrType)
	p.hash = strComputeHash(p)
	if len(s) != p.n && p.n > strIdxStride {
		p.buildIndex()
	}
	return &p.Object
}

// typeXDocString is the immortal value of a static type's __doc__.
func typeXDocString(doc string) *Object {
	if doc == "" {
		return None
	}
	return typeXStaticStr(doc)
}

// buildTypeDict fills a static type's dict, as CPython's type_ready_fill_dict
// does: __new__ when the type has its own New, a slot wrapper for each slot the type fills itself (readyType runs
// it before slot inheritance), then its methods, members and getsets (which
// take precedence over a slot wrapper of the same name, like METH_COEXIST),
// and __doc__.
func buildTypeDict(t *Type, ownNew bool) *typeDictBuilder {
	b := &typeDictBuilder{d: NewStaticDict(), names: map[string]bool{}}
	if ownNew {
		b.set("__new__", typeXNewMethod(t))
	}
	for _, s := range SlotDefs {
		if s.Defined(t) {
			b.set(s.Name, newStaticWrapperDescr(t, s))
		}
	}
	for i := range t.Methods {
		m := &t.Methods[i]
		if m.Flags == MethStatic {
			b.set(m.Name, newStaticStaticMethod(newStaticTypeBuiltin(t, m, true)))
		} else {
			b.set(m.Name, newStaticMethodDescr(t, m))
		}
	}
	for i := range t.Members {
		b.set(t.Members[i].Name, newStaticMemberDescr(t, &t.Members[i]))
	}
	for i := range t.GetSets {
		b.set(t.GetSets[i].Name, newStaticGetSetDescr(t, &t.GetSets[i]))
	}
	for _, a := range t.ClassAttrs {
		b.set(a.Name, a.Value)
	}
	if !b.has("__doc__") {
		b.set("__doc__", typeXDocString(typeXDocBody(t.Doc)))
	}
	t.Dict = b.d
	return b
}

// typeXDocBody strips CPython's "name(sig)\n--\n\n" signature header from a
// doc string, as __doc__ does.
func typeXDocBody(doc string) string {
	if i := strings.Index(doc, ")\n--\n\n"); i >= 0 && !strings.Contains(doc[:i], "\n") {
		return doc[i+len(")\n--\n\n"):]
	}
	return doc
}

// typeXTextSignature is __text_signature__: the "(sig)" of a doc string
// that starts with "name(sig)\n--\n\n" (CPython's convention), else "".
func typeXTextSignature(name, doc string) string {
	if !strings.HasPrefix(doc, name+"(") {
		return ""
	}
	i := strings.Index(doc, ")\n--\n\n")
	if i < 0 || strings.Contains(doc[:i], "\n") {
		return ""
	}
	return doc[len(name) : i+1]
}

// typeXSignatureObject is __text_signature__ as an object (None when absent).
func typeXSignatureObject(ts *Thread, name, doc string) *Object {
	if sig := typeXTextSignature(name, doc); sig != "" {
		return NewStr(ts, sig)
	}
	return None
}

// LookupType finds name (a str) along t's MRO without calling descriptors
// (CPython's _PyType_Lookup). The result is borrowed; nil when absent. It
// never raises.
func LookupType(t *Type, name *Object) *Object {
	mro := t.MRO
	if mro == nil {
		return typeXDictGet(t.Dict, name)
	}
	for _, b := range mro {
		if r := typeXDictGet(b.Dict, name); r != nil {
			return r
		}
	}
	return nil
}

// LookupTypeString is LookupType with a Go string name. Names of the static
// types' attributes cost no allocation.
func LookupTypeString(t *Type, name string) *Object {
	if k, ok := typeXNames[name]; ok {
		return LookupType(t, k)
	}
	k := Str{s: name}
	k.n, k.kind, _ = strMeasure(name)
	initStatic(&k.Object, StrType)
	k.hash = strComputeHash(&k)
	return LookupType(t, &k.Object)
}

// typeXDictGet looks a str name up in a type's dict (borrowed result), never
// raising: exact str keys take the dict's str fast path, which needs no
// thread; a dict holding other keys (a class namespace can) is scanned.
func typeXDictGet(d, name *Object) *Object {
	if d == nil {
		return nil
	}
	dd := AsDict(d)
	if dd == nil {
		return nil
	}
	if name.typ == StrType && !dd.k.general {
		return DictGetItem(nil, d, name)
	}
	for pos := 0; ; {
		k, v, ok := DictNext(d, &pos)
		if !ok {
			return nil
		}
		if AsStr(k) != nil && StrValue(k) == StrValue(name) {
			return v
		}
	}
}

func init() {
	for _, n := range typeXLookupNames {
		typeXInternName(n)
	}
}
