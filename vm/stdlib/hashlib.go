package stdlib

import (
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// _hashlib and _blake2 in Go, over Go's crypto packages (BLAKE2 is
// blake2.go): the hash objects of CPython's OpenSSL binding, with their
// names, sizes and messages. The hashlib module itself is Python
// (hashlib_py.go), as in CPython.

// hashObj is every hash object: one of a stdlib hash (h), a SHAKE
// (xof) or a BLAKE2 state (b2).
type hashObj struct {
	objects.Object
	name  string
	h     hash.Hash
	xof   *sha3.SHAKE
	b2    *blake2State
	block int
}

var hashClass = alloc.NewClass[hashObj]("_hashlib.HASH")

var (
	hashType    = &objects.Type{Name: "_hashlib.HASH", QualName: "HASH", Module: "_hashlib"}
	hashXOFType = &objects.Type{Name: "_hashlib.HASHXOF", QualName: "HASHXOF", Module: "_hashlib",
		Base: hashType, Bases: []*objects.Type{hashType}}
	blake2bType = &objects.Type{Name: "_blake2.blake2b", QualName: "blake2b", Module: "_blake2"}
	blake2sType = &objects.Type{Name: "_blake2.blake2s", QualName: "blake2s", Module: "_blake2"}
	// UnsupportedDigestmodError is _hashlib.UnsupportedDigestmodError.
	UnsupportedDigestmodError = &objects.Type{Name: "_hashlib.UnsupportedDigestmodError", QualName: "UnsupportedDigestmodError",
		Module: "_hashlib", Base: objects.ValueError, Bases: []*objects.Type{objects.ValueError},
		Flags: objects.FlagBaseType | objects.FlagBaseExcSubclass | objects.FlagHaveGC}
)

func asHash(o *Object) *hashObj { return (*hashObj)(ptr(o)) }

// hashAlgo describes one algorithm of _hashlib.
type hashAlgo struct {
	make  func() hash.Hash
	shake int // 128 or 256 for the XOFs
}

var hashAlgos = map[string]hashAlgo{
	"md5":        {make: md5.New},
	"sha1":       {make: sha1.New},
	"sha224":     {make: sha256.New224},
	"sha256":     {make: sha256.New},
	"sha384":     {make: sha512.New384},
	"sha512":     {make: sha512.New},
	"sha512_224": {make: sha512.New512_224},
	"sha512_256": {make: sha512.New512_256},
	"sha3_224":   {make: func() hash.Hash { return sha3.New224() }},
	"sha3_256":   {make: func() hash.Hash { return sha3.New256() }},
	"sha3_384":   {make: func() hash.Hash { return sha3.New384() }},
	"sha3_512":   {make: func() hash.Hash { return sha3.New512() }},
	"shake_128":  {shake: 128},
	"shake_256":  {shake: 256},
}

// hashConstructors are the module-level openssl_* functions, in
// CPython's order.
var hashConstructors = []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512",
	"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}

func newHashObj(ts *objects.Thread, t *objects.Type) *hashObj {
	return objects.NewObject(ts, hashClass, t)
}

// hashDataArg reads data to hash: a bytes-like object, never a str.
func hashDataArg(ts *objects.Thread, o *Object) ([]byte, bool) {
	if objects.AsStr(o) != nil {
		ts.Raise(objects.TypeError, "Strings must be encoded before hashing")
		return nil, false
	}
	b, ok := objects.BufferBytes(o)
	if !ok {
		ts.Raise(objects.TypeError, "object supporting the buffer API required")
	}
	return b, ok
}

// hashNew makes the hash object of a normalized algorithm name fed with
// data (nil for none); nil with UnsupportedDigestmodError when unknown.
func hashNew(ts *objects.Thread, name string, data *Object) *Object {
	algo, ok := hashAlgos[name]
	if !ok {
		return ts.Raise(UnsupportedDigestmodError, "[digital envelope routines] unsupported")
	}
	var b []byte
	if data != nil {
		if b, ok = hashDataArg(ts, data); !ok {
			return nil
		}
	}
	var x *hashObj
	if algo.shake != 0 {
		x = newHashObj(ts, hashXOFType)
		if algo.shake == 128 {
			x.xof = sha3.NewSHAKE128()
		} else {
			x.xof = sha3.NewSHAKE256()
		}
		x.block = x.xof.BlockSize()
		x.xof.Write(b)
	} else {
		x = newHashObj(ts, hashType)
		x.h = algo.make()
		x.block = x.h.BlockSize()
		x.h.Write(b)
	}
	x.name = name
	return &x.Object
}

func normalHashName(n string) string {
	n = strings.ToLower(n)
	switch n {
	case "sha-1":
		return "sha1"
	case "sha-224", "sha-256", "sha-384", "sha-512":
		return strings.ReplaceAll(n, "-", "")
	}
	return n
}

func (x *hashObj) clone(ts *objects.Thread) *Object {
	c := newHashObj(ts, x.Type())
	c.name, c.block = x.name, x.block
	switch {
	case x.b2 != nil:
		c.b2 = x.b2.clone()
	case x.xof != nil:
		state, _ := x.xof.MarshalBinary()
		if x.name == "shake_128" {
			c.xof = sha3.NewSHAKE128()
		} else {
			c.xof = sha3.NewSHAKE256()
		}
		c.xof.UnmarshalBinary(state)
	default:
		cl, err := x.h.(hash.Cloner).Clone()
		if err != nil {
			objects.Decref(ts, &c.Object)
			return ts.Raisef(objects.ValueError, "%v", err)
		}
		c.h = cl
	}
	return &c.Object
}

func (x *hashObj) sum(length int) []byte {
	switch {
	case x.b2 != nil:
		return x.b2.sum()
	case x.xof != nil:
		state, _ := x.xof.MarshalBinary()
		var c *sha3.SHAKE
		if x.name == "shake_128" {
			c = sha3.NewSHAKE128()
		} else {
			c = sha3.NewSHAKE256()
		}
		c.UnmarshalBinary(state)
		out := make([]byte, length)
		c.Read(out)
		return out
	}
	return x.h.Sum(nil)
}

func (x *hashObj) write(b []byte) {
	switch {
	case x.b2 != nil:
		x.b2.write(b)
	case x.xof != nil:
		x.xof.Write(b)
	default:
		x.h.Write(b)
	}
}

func (x *hashObj) digestSize() int {
	switch {
	case x.b2 != nil:
		return x.b2.size
	case x.xof != nil:
		return 0
	}
	return x.h.Size()
}

var hashlibDefs, blake2Defs []*objects.MethodDef

func newUnderHashlibModule(th *vm.Thread) *Object {
	values := map[string]*Object{
		"HASH":                      objects.NewRef(hashType.TypeObject()),
		"HASHXOF":                   objects.NewRef(hashXOFType.TypeObject()),
		"UnsupportedDigestmodError": objects.NewRef(UnsupportedDigestmodError.TypeObject()),
	}
	return makeModule(th, "_hashlib", "OpenSSL interface for hashlib module", hashlibDefs, values)
}

func newUnderBlake2Module(th *vm.Thread) *Object {
	values := map[string]*Object{
		"blake2b":                 objects.NewRef(blake2bType.TypeObject()),
		"blake2s":                 objects.NewRef(blake2sType.TypeObject()),
		"BLAKE2B_MAX_DIGEST_SIZE": objects.NewInt(th.TS, 64),
		"BLAKE2B_MAX_KEY_SIZE":    objects.NewInt(th.TS, 64),
		"BLAKE2B_PERSON_SIZE":     objects.NewInt(th.TS, 16),
		"BLAKE2B_SALT_SIZE":       objects.NewInt(th.TS, 16),
		"BLAKE2S_MAX_DIGEST_SIZE": objects.NewInt(th.TS, 32),
		"BLAKE2S_MAX_KEY_SIZE":    objects.NewInt(th.TS, 32),
		"BLAKE2S_PERSON_SIZE":     objects.NewInt(th.TS, 8),
		"BLAKE2S_SALT_SIZE":       objects.NewInt(th.TS, 8),
	}
	return makeModule(th, "_blake2", "_blake2b provides BLAKE2b for hashlib\n", blake2Defs, values)
}

// blake2New is blake2b(data=b”, /, *, digest_size, key, salt, person,
// fanout, depth, leaf_size, node_offset, node_depth, inner_size,
// last_node, usedforsecurity) and its blake2s twin.
func blake2New(ts *objects.Thread, t *objects.Type, args []*Object, kw *Object) *Object {
	wide := t == blake2bType
	maxSize, maxSalt := 32, 8
	if wide {
		maxSize, maxSalt = 64, 16
	}
	var data, dsize, key, salt, person, fanout, depth, leaf, offset, ndepth, inner, last, usedfor *Object
	if !objects.ParseArgs(ts, t.QualName, args, kw, []string{"data", "/", "*", "digest_size", "key", "salt", "person",
		"fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, 0,
		&data, &dsize, &key, &salt, &person, &fanout, &depth, &leaf, &offset, &ndepth, &inner, &last, &usedfor) {
		return nil
	}
	p := blake2Params{size: maxSize, fanout: 1, depth: 1}
	intArg := func(o *Object, dflt int64) (int64, bool) {
		if o == nil {
			return dflt, true
		}
		return objects.AsInt64(ts, o)
	}
	bytesArg := func(o *Object, max int, what string) ([]byte, bool) {
		if o == nil {
			return nil, true
		}
		b, ok := binaryArg(ts, o)
		if ok && len(b) > max {
			ts.Raisef(objects.ValueError, "maximum %s length is %d bytes", what, max)
			return nil, false
		}
		return b, ok
	}
	var ok bool
	var v int64
	if v, ok = intArg(dsize, int64(maxSize)); !ok {
		return nil
	}
	if v < 1 || v > int64(maxSize) {
		return ts.Raisef(objects.ValueError, "digest_size must be between 1 and %d bytes", maxSize)
	}
	p.size = int(v)
	if p.key, ok = bytesArg(key, maxSize, "key"); !ok {
		return nil
	}
	if p.salt, ok = bytesArg(salt, maxSalt, "salt"); !ok {
		return nil
	}
	if p.person, ok = bytesArg(person, maxSalt, "person"); !ok {
		return nil
	}
	if v, ok = intArg(fanout, 1); !ok {
		return nil
	}
	if v < 0 || v > 255 {
		return ts.Raise(objects.ValueError, "fanout must be between 0 and 255")
	}
	p.fanout = byte(v)
	if v, ok = intArg(depth, 1); !ok {
		return nil
	}
	if v < 1 || v > 255 {
		return ts.Raise(objects.ValueError, "depth must be between 1 and 255")
	}
	p.depth = byte(v)
	if v, ok = intArg(leaf, 0); !ok {
		return nil
	}
	if v < 0 {
		return ts.Raise(objects.ValueError, "value must be positive")
	}
	if v > 0xffffffff {
		return ts.Raise(objects.OverflowError, "leaf_size is too large")
	}
	p.leafSize = uint32(v)
	if v, ok = intArg(offset, 0); !ok {
		return nil
	}
	if v < 0 {
		return ts.Raise(objects.ValueError, "value must be positive")
	}
	if !wide && v >= 1<<48 {
		return ts.Raise(objects.OverflowError, "node_offset is too large")
	}
	p.nodeOffset = uint64(v)
	if v, ok = intArg(ndepth, 0); !ok {
		return nil
	}
	if v < 0 || v > 255 {
		return ts.Raise(objects.ValueError, "node_depth must be between 0 and 255")
	}
	p.nodeDepth = byte(v)
	if v, ok = intArg(inner, 0); !ok {
		return nil
	}
	if v < 0 || v > int64(maxSize) {
		return ts.Raisef(objects.ValueError, "inner_size must be between 0 and is %d", maxSize)
	}
	p.innerSize = byte(v)
	if p.lastNode, ok = boolArg(ts, last); !ok {
		return nil
	}
	var b []byte
	if data != nil {
		if b, ok = hashDataArg(ts, data); !ok {
			return nil
		}
	}
	x := newHashObj(ts, t)
	x.b2 = newBlake2(wide, &p)
	x.block = x.b2.blockSize()
	x.name = t.QualName
	x.b2.write(b)
	return &x.Object
}

func init() {
	objects.RegisterStaticType(hashType, hashXOFType, blake2bType, blake2sType, UnsupportedDigestmodError)
	for _, t := range []*objects.Type{hashType, hashXOFType, blake2bType, blake2sType} {
		t.Dealloc = func(ts *objects.Thread, o *Object) {
			x := asHash(o)
			x.h, x.xof, x.b2 = nil, nil, nil
			objects.FreeObject(ts, hashClass, x)
		}
		t.Repr = func(ts *objects.Thread, o *Object) *Object {
			return objects.NewStr(ts, fmt.Sprintf("<%s %s object @ %p>", asHash(o).name, typeFullName(o.Type()), o))
		}
		t.GetSets = []objects.GetSetDef{
			{Name: "name", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewStr(ts, asHash(o).name) }},
			{Name: "digest_size", Get: func(ts *objects.Thread, o *Object) *Object {
				return objects.NewInt(ts, int64(asHash(o).digestSize()))
			}},
			{Name: "block_size", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, int64(asHash(o).block)) }},
		}
	}
	blake2bType.New = blake2New
	blake2sType.New = blake2New
	for _, t := range []*objects.Type{blake2bType, blake2sType} {
		size, salt := 32, 8
		if t == blake2bType {
			size, salt = 64, 16
		}
		t.ClassAttrs = append(t.ClassAttrs,
			objects.ClassAttr{Name: "MAX_DIGEST_SIZE", Value: objects.NewInt(nil, int64(size))},
			objects.ClassAttr{Name: "MAX_KEY_SIZE", Value: objects.NewInt(nil, int64(size))},
			objects.ClassAttr{Name: "SALT_SIZE", Value: objects.NewInt(nil, int64(salt))},
			objects.ClassAttr{Name: "PERSON_SIZE", Value: objects.NewInt(nil, int64(salt))})
	}
	update := objects.MethodDef{Name: "update", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckOneArg(ts, "update", args, kw) {
			return nil
		}
		b, ok := hashDataArg(ts, args[0])
		if !ok {
			return nil
		}
		asHash(o).write(b)
		return objects.None
	}}
	cp := objects.MethodDef{Name: "copy", Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckArgs(ts, "copy", args, kw, 0, 0) {
			return nil
		}
		return asHash(o).clone(ts)
	}}
	fixed := func(name string, hexOut bool) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckArgs(ts, name, args, kw, 0, 0) {
				return nil
			}
			d := asHash(o).sum(0)
			if hexOut {
				return objects.NewStr(ts, hex.EncodeToString(d))
			}
			return objects.NewBytes(ts, d)
		}}
	}
	sized := func(name string, hexOut bool) objects.MethodDef {
		return objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, o *Object, args []*Object, kw *Object) *Object {
			var length *Object
			if !objects.ParseArgs(ts, name, args, kw, []string{"length"}, 1, &length) {
				return nil
			}
			n, ok := objects.AsInt64(ts, length)
			if !ok {
				return nil
			}
			if n < 0 || n > 1<<30 {
				return ts.Raise(objects.MemoryError, "")
			}
			d := asHash(o).sum(int(n))
			if hexOut {
				return objects.NewStr(ts, hex.EncodeToString(d))
			}
			return objects.NewBytes(ts, d)
		}}
	}
	plain := []objects.MethodDef{update, cp, fixed("digest", false), fixed("hexdigest", true)}
	hashType.Methods = plain
	blake2bType.Methods = plain
	blake2sType.Methods = plain
	hashXOFType.Methods = []objects.MethodDef{update, cp, sized("digest", false), sized("hexdigest", true)}

	for _, name := range hashConstructors {
		name := name
		hashlibDefs = append(hashlibDefs, &objects.MethodDef{Name: "openssl_" + name,
			Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
				var data, usedfor *Object
				if !objects.ParseArgs(ts, "openssl_"+name, args, kw, []string{"string", "*", "usedforsecurity"}, 0, &data, &usedfor) {
					return nil
				}
				return hashNew(ts, name, data)
			}})
	}
	hashlibDefs = append(hashlibDefs,
		&objects.MethodDef{Name: "new", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var name, data, usedfor *Object
			if !objects.ParseArgs(ts, "new", args, kw, []string{"name", "string", "*", "usedforsecurity"}, 1, &name, &data, &usedfor) {
				return nil
			}
			if objects.AsStr(name) == nil {
				return ts.Raisef(objects.TypeError, "new() argument 'name' must be str, not %s", objects.TypeName(name))
			}
			return hashNew(ts, normalHashName(objects.StrValue(name)), data)
		}},
		&objects.MethodDef{Name: "pbkdf2_hmac", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			var name, password, salt, iters, dklen *Object
			if !objects.ParseArgs(ts, "pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 4,
				&name, &password, &salt, &iters, &dklen) {
				return nil
			}
			if objects.AsStr(name) == nil {
				return ts.Raisef(objects.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", objects.TypeName(name))
			}
			pw, ok := binaryArg(ts, password)
			if !ok {
				return nil
			}
			sb, ok := binaryArg(ts, salt)
			if !ok {
				return nil
			}
			n, ok := objects.AsInt64(ts, iters)
			if !ok {
				return nil
			}
			if n < 1 {
				return ts.Raise(objects.ValueError, "iteration value must be greater than 0.")
			}
			algo, found := hashAlgos[normalHashName(objects.StrValue(name))]
			if !found || algo.make == nil {
				return ts.Raise(UnsupportedDigestmodError, "[digital envelope routines] unsupported")
			}
			size := int64(algo.make().Size())
			if dklen != nil && dklen != objects.None {
				if size, ok = objects.AsInt64(ts, dklen); !ok {
					return nil
				}
				if size < 1 {
					return ts.Raise(objects.ValueError, "key length must be greater than 0.")
				}
			}
			key, err := pbkdf2.Key(algo.make, string(pw), sb, int(n), int(size))
			if err != nil {
				return ts.Raisef(objects.ValueError, "%v", err)
			}
			return objects.NewBytes(ts, key)
		}},
		&objects.MethodDef{Name: "compare_digest", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "compare_digest", kw) || !objects.CheckArgs(ts, "compare_digest", args, kw, 2, 2) {
				return nil
			}
			a, b := args[0], args[1]
			sa, sb := objects.AsStr(a), objects.AsStr(b)
			switch {
			case sa != nil && sb != nil:
				if !sa.IsASCII() || !sb.IsASCII() {
					return ts.Raise(objects.TypeError, "comparing strings with non-ASCII characters is not supported")
				}
				return objects.Bool(subtle.ConstantTimeCompare([]byte(objects.StrValue(a)), []byte(objects.StrValue(b))) == 1)
			}
			ba, okA := objects.BufferBytes(a)
			bb, okB := objects.BufferBytes(b)
			switch {
			case !okA && !okB:
				return ts.Raisef(objects.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
					objects.TypeName(a), objects.TypeName(b))
			case !okA:
				return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(a))
			case !okB:
				return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(b))
			}
			return objects.Bool(subtle.ConstantTimeCompare(ba, bb) == 1)
		}},
	)
	registerDefs("_hashlib", hashlibDefs)
	registerDefs("_blake2", blake2Defs)
}
