package vm

import "minipy/vm/objects"

// Inline caches of the eval loop, in the manner of CPython 3.11's
// specializing interpreter but kept beside the code (instructions have no
// cache slots): each code object has one entry per name of co_names, that
// every LOAD_GLOBAL (globalCache) or LOAD_ATTR / LOAD_METHOD / STORE_ATTR
// (attrCache) of that name in the code shares. A cache only ever skips
// lookups whose result it can prove unchanged; on any doubt the
// instruction takes its general path, which refills the entry.

// globalCache remembers where LOAD_GLOBAL found a name. With builtins nil,
// it is entry ix of the globals dict (an index hint: valid while that
// entry holds the name). Otherwise the name was absent from globals when
// their key set had version gver, and is entry ix of builtins.
type globalCache struct {
	globals  *Object // identity only (borrowed, may be stale)
	builtins *Object // identity only, or nil
	gver     uint64
	ix       int
}

// loadGlobal is LOAD_GLOBAL's general path: the value of co.names[ni]
// (borrowed), or nil with NameError set; it fills the cache entry.
func (th *Thread) loadGlobal(f *Frame, co *Code, ni uint32) *Object {
	ts := th.TS
	name := co.names[ni]
	c := &co.gcache[ni]
	c.globals = nil
	gi := objects.DictHintIndex(f.globals, name)
	if gi >= 0 {
		c.globals, c.builtins, c.ix = f.globals, nil, gi
		return objects.DictHintGet(f.globals, gi, name)
	}
	if gi == -2 {
		if v := objects.DictGetItem(ts, f.globals, name); v != nil {
			return v
		}
	}
	if bi := objects.DictHintIndex(f.builtins, name); bi >= 0 {
		if gi == -1 {
			if ver := objects.DictKeysVersion(ts, f.globals); ver != 0 {
				c.globals, c.builtins, c.gver, c.ix = f.globals, f.builtins, ver, bi
			}
		}
		return objects.DictHintGet(f.builtins, bi, name)
	}
	if v := objects.DictGetItem(ts, f.builtins, name); v != nil {
		return v
	}
	raiseNameError(ts, "name '%s' is not defined", name)
	return nil
}

// attrCache remembers, for the type with version tag tver, what the
// generic attribute protocol found on the class for a name: descr (nil:
// nothing), borrowed under the tag, and whether the type's getattr and
// setattr are the generic ones; ix is an index hint into the instance
// dict of the last instance of that type seen.
type attrCache struct {
	tver       uint32
	genericGet bool
	genericSet bool
	descr      *Object
	ix         int
	// absentVer is the keys version of the last instance dict in which
	// LOAD_METHOD found no such name (0: none): while an instance dict
	// still has that version its key set is the one checked, so the
	// name is still absent and the lookup is skipped (CPython 3.11's
	// LOAD_METHOD_WITH_VALUES checks its shared keys' version likewise).
	absentVer uint64
}

// attrCaches is the cache of one name: up to attrWays types, the most
// recently filled first. Methods of a base class see instances of several
// subclasses (richards' four kinds of task), which one entry would refill
// at every change of type.
type attrCaches [attrWays]attrCache

const attrWays = 4

var genericSetAttrPtr = funcAddr(objects.SetAttrFunc(objects.GenericSetAttr))

// attrEntry returns the cache entry of co.names[ni] for type t, filling
// it when it is for other types or versions; nil when t cannot be
// cached.
func attrEntry(ts *objects.Thread, co *Code, ni uint32, t *objects.Type) *attrCache {
	cs := &co.acache[ni]
	if v := t.VersionTag(); v != 0 {
		for i := range cs {
			if cs[i].tver == v {
				return &cs[i]
			}
		}
	}
	return attrFill(ts, co, ni, t)
}

//go:noinline
func attrFill(ts *objects.Thread, co *Code, ni uint32, t *objects.Type) *attrCache {
	v := objects.TypeVersion(ts, t)
	if v == 0 {
		return nil
	}
	descr := objects.LookupTypeTS(ts, t, co.names[ni])
	if t.VersionTag() != v {
		return nil // the lookup cannot change the type, but be sure
	}
	cs := &co.acache[ni]
	copy(cs[1:], cs[:attrWays-1])
	c := &cs[0]
	c.tver = v
	c.descr = descr
	c.genericGet = t.GetAttr != nil && funcAddr(t.GetAttr) == genericGetAttrPtr
	c.genericSet = t.SetAttr != nil && funcAddr(t.SetAttr) == genericSetAttrPtr
	c.ix = -1
	c.absentVer = 0
	return c
}

// instanceDict is o's __dict__ when it is an exact dict (borrowed), else
// nil.
func instanceDict(t *objects.Type, o *Object) *Object {
	if t.DictPtr == nil {
		return nil
	}
	dp := t.DictPtr(o)
	if dp == nil || *dp == nil || (*dp).Type() != objects.DictType {
		return nil
	}
	return *dp
}

// loadAttr is LOAD_ATTR (a new reference, or nil with the exception
// set): the generic protocol with the class lookup taken from the cache
// and the instance dict read through an index hint. f is the running
// frame and pc its next instruction: every path that may run code (a
// descriptor, __getattr__) stores pc first, so f_lineno of the running
// frame is right there, while a hit in the instance dict stores nothing.
func loadAttr(ts *objects.Thread, co *Code, ni uint32, o *Object, f *Frame, pc int) *Object {
	t := o.Type()
	name := co.names[ni]
	c := attrEntry(ts, co, ni, t)
	if c == nil || !c.genericGet {
		f.pc = pc
		return objects.GetAttr(ts, o, name)
	}
	descr := c.descr
	var get objects.DescrGetFunc
	if descr != nil {
		get = descr.Type().DescrGet
		if get != nil && descr.Type().DescrSet != nil {
			f.pc = pc
			objects.Incref(descr)
			r := get(ts, descr, o, t.TypeObject())
			objects.Decref(ts, descr)
			return r
		}
	}
	if t.DictPtr != nil {
		if d := instanceDict(t, o); d != nil {
			if v := objects.DictHintGet(d, c.ix, name); v != nil {
				return objects.NewRef(v)
			}
			if ix := objects.DictHintIndex(d, name); ix >= 0 {
				c.ix = ix
				return objects.NewRef(objects.DictHintGet(d, ix, name))
			} else if ix == -2 {
				f.pc = pc
				return objects.GetAttr(ts, o, name)
			}
		} else if dp := t.DictPtr(o); dp != nil && *dp != nil {
			f.pc = pc
			return objects.GetAttr(ts, o, name) // a dict subclass or mapping
		}
	}
	f.pc = pc
	if get != nil {
		objects.Incref(descr)
		r := get(ts, descr, o, t.TypeObject())
		objects.Decref(ts, descr)
		return r
	}
	if descr != nil {
		return objects.NewRef(descr)
	}
	return objects.GetAttr(ts, o, name) // AttributeError, or __getattr__
}

// storeAttr is STORE_ATTR (value borrowed): 0, or -1 with the exception
// set. f and pc as for loadAttr.
func storeAttr(ts *objects.Thread, co *Code, ni uint32, o, value *Object, f *Frame, pc int) int {
	t := o.Type()
	name := co.names[ni]
	c := attrEntry(ts, co, ni, t)
	if c == nil || !c.genericSet || (c.descr != nil && c.descr.Type().DescrSet != nil) {
		f.pc = pc
		return objects.SetAttr(ts, o, name, value)
	}
	d := instanceDict(t, o)
	if d == nil {
		f.pc = pc
		return objects.SetAttr(ts, o, name, value)
	}
	if objects.DictHintSet(ts, d, c.ix, name, value) {
		return 0
	}
	if objects.DictSetItem(ts, d, name, value) < 0 {
		return -1
	}
	if ix := objects.DictHintIndex(d, name); ix >= 0 {
		c.ix = ix
	}
	return 0
}

// loadMethodCached is LOAD_METHOD through the cache: a Python function
// found on the class and not shadowed by the instance dict is returned
// unbound (true); otherwise as loadMethod. f and pc as for loadAttr.
func loadMethodCached(ts *objects.Thread, co *Code, ni uint32, o *Object, f *Frame, pc int) (*Object, bool) {
	t := o.Type()
	c := attrEntry(ts, co, ni, t)
	if c == nil || !c.genericGet || c.descr == nil {
		f.pc = pc
		return loadMethod(ts, o, co.names[ni])
	}
	if dt := c.descr.Type(); dt != FunctionType && dt != objects.MethodDescrType && dt != objects.WrapperDescrType {
		f.pc = pc
		return loadMethod(ts, o, co.names[ni])
	}
	// A function, or a built-in method (list.append, or a Go method of a
	// class written in Python): unbound unless the instance dict has the
	// name, as objects.GetMethod decides.
	if t.DictPtr != nil {
		if dp := t.DictPtr(o); dp != nil && *dp != nil {
			d := *dp
			if d.Type() != objects.DictType {
				f.pc = pc
				return loadMethod(ts, o, co.names[ni])
			}
			if c.absentVer == 0 || !objects.DictKeysVersionIs(d, c.absentVer) {
				v, ok := objects.DictLookupStr(d, co.names[ni])
				if !ok {
					f.pc = pc
					return loadMethod(ts, o, co.names[ni])
				}
				if v != nil {
					return objects.NewRef(v), false
				}
				c.absentVer = objects.DictKeysVersion(ts, d)
			}
		}
	}
	return objects.NewRef(c.descr), true
}
