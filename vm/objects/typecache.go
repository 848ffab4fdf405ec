package objects

import (
	"sync"
	"unsafe"
)

// The type attribute cache (CPython's method cache, Objects/typeobject.c):
// LookupTypeTS remembers the result of an MRO walk under the type's
// version tag and the name, so that an attribute read on an instance
// costs one probe of a small table instead of a dict probe per class of
// the MRO.
//
// Version tags. A type's tag (Type.version) names the current state of the
// dicts along its MRO; 0 means "none, do not cache". Static types are
// immutable and get fixed tags 1..len(staticTypes) when they are made
// ready (the only time they are written). A class gets a tag from its
// Space's counter (starting at heapVersionBase) the first time it is looked
// up, and loses it (TypeModified) whenever its dict changes, for itself
// and every subclass; a later lookup gives it a fresh tag. Tags are never
// reused within a Space, so an entry of a dead or modified type can never
// match again. When the counter runs out, classes stay uncached.
//
// Entries hold no references: the value is borrowed from a type dict and
// is alive as long as the tag is (any change of the dict changes the tag),
// and the name is kept as its Go string and compared by content, so an
// entry never keeps a str alive and never matches a different name that
// reuses a freed name's address.

const (
	typeCacheBits   = 12
	typeCacheSize   = 1 << typeCacheBits
	heapVersionBase = 1 << 24
)

type typeCacheEntry struct {
	version uint32
	name    string
	value   *Object // borrowed; nil when the name is absent from the MRO
}

type typeCache struct {
	e    [typeCacheSize]typeCacheEntry
	next uint32 // the next class version tag
}

func typeCacheIndex(version uint32, name *Object) uint32 {
	h := uint32(uintptr(unsafe.Pointer(name))>>4) ^ version*0x9e3779b1
	return (h ^ h>>typeCacheBits) & (typeCacheSize - 1)
}

// LookupTypeTS is LookupType through the interpreter's type attribute
// cache (a borrowed reference or nil, never raising).
func LookupTypeTS(ts *Thread, t *Type, name *Object) *Object {
	if name.typ == StrType {
		if c := ts.Space.Types.cache; c != nil && t.version != 0 {
			e := &c.e[typeCacheIndex(t.version, name)]
			if e.version == t.version && e.name == (*Str)(unsafePointer(name)).s {
				return e.value
			}
		}
		return lookupTypeFill(ts, t, name)
	}
	return LookupType(t, name)
}

//go:noinline
func lookupTypeFill(ts *Thread, t *Type, name *Object) *Object {
	r := LookupType(t, name)
	v := TypeVersion(ts, t)
	if v == 0 {
		return r
	}
	c := ts.Space.Types.typeCache()
	e := &c.e[typeCacheIndex(v, name)]
	e.version = v
	e.name = (*Str)(unsafePointer(name)).s
	e.value = r
	return r
}

// TypeVersion returns t's version tag, assigning one to a class that has
// none (0: t is not cached). Inline caches of the VM key on it: while
// t's tag is unchanged, so are the dicts along its MRO.
func TypeVersion(ts *Thread, t *Type) uint32 {
	if t.version != 0 || t.Flags&FlagHeapType == 0 {
		return t.version
	}
	c := ts.Space.Types.typeCache()
	if c.next == 0 {
		return 0 // tags exhausted
	}
	t.version = c.next
	c.next++
	return t.version
}

func (s *TypeSpace) typeCache() *typeCache {
	if s.cache == nil {
		s.cache = takeTypeCache()
	}
	return s.cache
}

// The pool of type caches. A cache is 128 KiB, which a new interpreter
// allocated and cleared afresh (a tenth of interpreter creation); a closed
// interpreter's cache goes to this process-wide pool instead, and the next
// interpreter takes it as it is. Its entries need no clearing: the cache
// carries its tag counter along, so the new owner's classes get tags the
// cache has never seen, and no entry of the previous owner can match one
// (static types' fixed tags match only static types' immutable lookups,
// the same in every interpreter). A cache whose counter has run far is
// cleared and restarted when taken, while its new owner has no tagged
// class yet. The pool holds no object of any interpreter's that could be
// reached: an old entry's value is never read unless its tag matches.
var typeCaches struct {
	mu   sync.Mutex
	free []*typeCache
}

// maxPooledTypeCaches bounds the pool (the caches of that many closed
// interpreters are kept).
const maxPooledTypeCaches = 8

func takeTypeCache() *typeCache {
	typeCaches.mu.Lock()
	var c *typeCache
	if n := len(typeCaches.free); n > 0 {
		c = typeCaches.free[n-1]
		typeCaches.free[n-1] = nil
		typeCaches.free = typeCaches.free[:n-1]
	}
	typeCaches.mu.Unlock()
	if c == nil || c.next == 0 || c.next > 1<<31 {
		return &typeCache{next: heapVersionBase}
	}
	return c
}

// ReleaseTypeCache gives the type attribute cache of a finalized
// interpreter to the process's pool (Interpreter.Close); the space must
// not look anything up afterwards.
func (s *Space) ReleaseTypeCache() {
	c := s.Types.cache
	if c == nil {
		return
	}
	s.Types.cache = nil
	typeCaches.mu.Lock()
	if len(typeCaches.free) < maxPooledTypeCaches {
		typeCaches.free = append(typeCaches.free, c)
	}
	typeCaches.mu.Unlock()
}

// TypeModified must be called before a class's dict (or bases, or MRO)
// changes: it drops the version tag of t and of every subclass, so that
// no cached lookup outlives the change (CPython's PyType_Modified).
// Static types are immutable; for them it does nothing.
func TypeModified(ts *Thread, t *Type) {
	if t.Flags&FlagHeapType == 0 {
		return
	}
	t.version = 0
	for _, sub := range ts.Space.Types.subclasses[t] {
		TypeModified(ts, sub)
	}
}

// VersionTag is t's current version tag (0: none; see TypeVersion).
func (t *Type) VersionTag() uint32 { return t.version }
