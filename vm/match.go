package vm

import (
	"minipy/vm/objects"
)

// Structural pattern matching (the match statement), as ceval.c 3.11's
// MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS and MATCH_CLASS.
//
// CPython marks types with Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING and
// _Py_TPFLAGS_MATCH_SELF; subclasses inherit them from their base. minipy
// has no collections.abc to register classes with, so the flags are those
// of the built-in types, found on the first marked type of the MRO.

const (
	matchSequence = 1 << iota
	matchMapping
	matchSelf
)

// matchFlags returns the pattern-matching flags of t.
func matchFlags(t *objects.Type) int {
	if f := builtinMatchFlags(t); f != 0 {
		return f
	}
	for _, b := range t.MRO {
		if f := builtinMatchFlags(b); f != 0 {
			return f
		}
	}
	return 0
}

func builtinMatchFlags(t *objects.Type) int {
	switch t {
	case objects.ListType, objects.TupleType:
		return matchSequence | matchSelf
	case objects.RangeType, objects.MemoryViewType:
		return matchSequence
	case objects.DictType:
		return matchMapping | matchSelf
	case objects.MappingProxyType:
		return matchMapping
	case objects.BoolType, objects.ByteArrayType, objects.BytesType, objects.FloatType,
		objects.FrozenSetType, objects.IntType, objects.SetType, objects.StrType:
		return matchSelf
	}
	return 0
}

// matchKind is MATCH_SEQUENCE (flag matchSequence) or MATCH_MAPPING.
func matchKind(o *Object, flag int) *Object {
	return objects.Bool(matchFlags(o.Type())&flag != 0)
}

// matchKeys is MATCH_KEYS: a tuple of the values of keys in the mapping m
// (through m.get(key, dummy), so that defaultdict-like classes add no key),
// None when one is missing, nil on error.
func matchKeys(ts *objects.Thread, m, keys *Object) *Object {
	ks := objects.TupleItems(keys)
	if len(ks) == 0 {
		return objects.NewTuple(ts)
	}
	get := objects.GetAttrString(ts, m, "get")
	if get == nil {
		return nil
	}
	defer objects.Decref(ts, get)
	seen := objects.NewSet(ts, nil)
	if seen == nil {
		return nil
	}
	defer objects.Decref(ts, seen)
	dummy := objects.CallNoArgs(ts, objects.ObjectType.TypeObject())
	if dummy == nil {
		return nil
	}
	defer objects.Decref(ts, dummy)
	values := make([]*Object, 0, len(ks))
	release := func() {
		for _, v := range values {
			objects.Decref(ts, v)
		}
	}
	for _, k := range ks {
		r := objects.SetContains(ts, seen, k)
		if r == 0 {
			r = objects.SetAdd(ts, seen, k)
		} else if r > 0 {
			if rep := objects.Repr(ts, k); rep != nil {
				ts.Raisef(objects.ValueError, "mapping pattern checks duplicate key (%s)", objects.StrValue(rep))
				objects.Decref(ts, rep)
			}
			r = -1
		}
		if r < 0 {
			release()
			return nil
		}
		v := objects.Call(ts, get, []*Object{k, dummy}, nil)
		if v == nil {
			release()
			return nil
		}
		if v == dummy {
			objects.Decref(ts, v)
			release()
			return objects.NewRef(objects.None)
		}
		values = append(values, v)
	}
	return objects.NewTupleSteal(ts, values...)
}

// matchClassAttr reads attribute name of subject for a class pattern; nil
// without an exception when it is missing (the match fails).
func matchClassAttr(ts *objects.Thread, subject, name, seen *Object, t *objects.Type) *Object {
	if seen == nil {
		return getAttrOrMiss(ts, subject, name)
	}
	r := objects.SetContains(ts, seen, name)
	if r == 0 {
		r = objects.SetAdd(ts, seen, name)
	} else if r > 0 {
		if rep := objects.Repr(ts, name); rep != nil {
			ts.Raisef(objects.TypeError, "%s() got multiple sub-patterns for attribute %s", t.Name, objects.StrValue(rep))
			objects.Decref(ts, rep)
		}
		return nil
	}
	if r < 0 {
		return nil
	}
	return getAttrOrMiss(ts, subject, name)
}

// getAttrOrMiss is getattr(o, name), nil without an exception when o has
// no such attribute.
func getAttrOrMiss(ts *objects.Thread, o, name *Object) *Object {
	a := objects.GetAttr(ts, o, name)
	if a == nil && ts.ErrMatches(objects.AttributeError) {
		ts.ClearErr()
	}
	return a
}

// matchClass is MATCH_CLASS: the tuple of the nargs positional then the
// keyword (names) attributes of subject when it is an instance of cls;
// nil without an exception when the match fails, nil with one on error.
func matchClass(ts *objects.Thread, subject, cls *Object, nargs int, names *Object) *Object {
	t := objects.AsType(cls)
	if t == nil {
		ts.Raisef(objects.TypeError, "called match pattern must be a type")
		return nil
	}
	if objects.IsInstance(ts, subject, cls) <= 0 {
		return nil
	}
	// The set of names seen finds repeated attributes; one name cannot
	// repeat.
	var seen *Object
	if nargs+len(objects.TupleItems(names)) > 1 {
		if seen = objects.NewSet(ts, nil); seen == nil {
			return nil
		}
		defer objects.Decref(ts, seen)
	}
	var attrs []*Object
	fail := func() *Object {
		for _, a := range attrs {
			objects.Decref(ts, a)
		}
		return nil
	}
	if nargs > 0 {
		self := false
		// A class of metaclass type without __match_args__ (int, most
		// classes) is found missing without making the AttributeError
		// that GetAttr would.
		var margs *Object
		if cls.Type() != objects.TypeType || objects.LookupTypeString(t, "__match_args__") != nil {
			margs = objects.GetAttrString(ts, cls, "__match_args__")
		}
		if margs != nil {
			if margs.Type() != objects.TupleType {
				ts.Raisef(objects.TypeError, "%s.__match_args__ must be a tuple (got %s)", t.Name, objects.TypeName(margs))
				objects.Decref(ts, margs)
				return nil
			}
		} else if !ts.Occurred() || ts.ErrMatches(objects.AttributeError) {
			ts.ClearErr()
			margs = objects.NewTuple(ts)
			self = matchFlags(t)&matchSelf != 0
		} else {
			return nil
		}
		defer objects.Decref(ts, margs)
		items := objects.TupleItems(margs)
		allowed := len(items)
		if self {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			ts.Raisef(objects.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, allowed, plural, nargs)
			return nil
		}
		if self {
			attrs = append(attrs, objects.NewRef(subject))
		} else {
			for _, name := range items[:nargs] {
				if name.Type() != objects.StrType {
					ts.Raisef(objects.TypeError, "__match_args__ elements must be strings (got %s)", objects.TypeName(name))
					return fail()
				}
				a := matchClassAttr(ts, subject, name, seen, t)
				if a == nil {
					return fail()
				}
				attrs = append(attrs, a)
			}
		}
	}
	for _, name := range objects.TupleItems(names) {
		a := matchClassAttr(ts, subject, name, seen, t)
		if a == nil {
			return fail()
		}
		attrs = append(attrs, a)
	}
	return objects.NewTupleSteal(ts, attrs...)
}
