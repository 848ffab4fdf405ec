package objects

import (
	"bytes"
	"strings"
)

// The methods bytes and bytearray share (CPython's Objects/bytes_methods.c
// and stringlib): one implementation over []byte, parameterized by the
// kind, which names the type in messages and makes the results (bytes
// methods return bytes, bytearray methods return new bytearrays).

type bytesKind struct {
	name string
	mk   func(ts *Thread, b []byte) *Object // takes ownership of b
}

var (
	bytesKindBytes     = &bytesKind{name: "bytes", mk: newBytesOwned}
	bytesKindByteArray = &bytesKind{name: "bytearray", mk: newByteArrayOwned}
)

// bytesSelf returns the data of self (bytes or bytearray).
func bytesSelf(o *Object) []byte {
	b, _ := bytesBufferOf(o)
	return b
}

// bytesResult makes a result: for bytes, self itself when unchanged and
// exact.
func (k *bytesKind) result(ts *Thread, self *Object, b []byte) *Object {
	if k == bytesKindBytes && self.typ == BytesType && bytes.Equal(b, BytesValue(self)) {
		return NewRef(self)
	}
	return k.mk(ts, b)
}

func bytesIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c
}
func bytesIsLower(c byte) bool { return 'a' <= c && c <= 'z' }
func bytesIsUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func bytesIsAlpha(c byte) bool { return bytesIsLower(c) || bytesIsUpper(c) }
func bytesIsDigit(c byte) bool { return '0' <= c && c <= '9' }
func bytesToLower(c byte) byte {
	if bytesIsUpper(c) {
		return c + 32
	}
	return c
}
func bytesToUpper(c byte) byte {
	if bytesIsLower(c) {
		return c - 32
	}
	return c
}

func bytesMethodTable(k *bytesKind) []MethodDef {
	defs := bytesSharedMethods(k)
	if k == bytesKindBytes {
		defs = append(defs, MethodDef{Name: "__bytes__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "bytes", "__bytes__", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			if self.typ == BytesType {
				return NewRef(self)
			}
			return NewBytes(ts, BytesValue(self))
		}}, MethodDef{Name: "__getnewargs__", Fn: func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "bytes", "__getnewargs__", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			return NewTupleSteal(ts, NewBytes(ts, BytesValue(self)))
		}})
	}
	return defs
}

func bytesSharedMethods(k *bytesKind) []MethodDef {
	m := func(name string, fn MethodFn) MethodDef { return MethodDef{Name: name, Fn: fn} }
	pred := func(name string, f func(c byte) bool) MethodDef {
		return m(name, func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, k.name, name, args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			b := bytesSelf(self)
			if len(b) == 0 {
				return False
			}
			for _, c := range b {
				if !f(c) {
					return False
				}
			}
			return True
		})
	}
	mapper := func(name string, f func(b []byte) []byte) MethodDef {
		return m(name, func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, k.name, name, args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			return k.result(ts, self, f(bytesSelf(self)))
		})
	}
	return []MethodDef{
		m("__format__", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsOne, k.name, "__format__", args, kwnames, nil, 1, 1, nil) {
				return nil
			}
			if AsStr(args[0]) == nil {
				return ts.Raisef(TypeError, "__format__() argument must be str, not %s", strClinicTypeName(args[0]))
			}
			return ObjectFormat(ts, self, args[0])
		}),
		mapper("capitalize", bytesCapitalize),
		m("__sizeof__", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, k.name, "__sizeof__", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			if k == bytesKindByteArray {
				// CPython: the object (56 bytes) plus its allocation,
				// which grows by its own policy; minipy reports the
				// capacity of its buffer.
				return NewInt(ts, 56+int64(cap(AsByteArray(self).b)))
			}
			// PyBytesObject's header (33 bytes, with the terminator) and the bytes.
			return NewInt(ts, 33+int64(len(bytesSelf(self))))
		}),
		m("center", bytesPadMethod(k, "center")),
		m("count", bytesCountMethod(k)),
		m("decode", bytesDecodeMethod(k)),
		m("endswith", bytesTailMatchMethod(k, "endswith", true)),
		m("expandtabs", bytesExpandTabsMethod(k)),
		m("find", bytesFindMethod(k, "find", false, false)),
		{Name: "fromhex", Fn: bytesFromHexMethod(k), Flags: MethClass},
		m("hex", bytesHexMethod(k)),
		m("index", bytesFindMethod(k, "index", false, true)),
		pred("isalnum", func(c byte) bool { return bytesIsAlpha(c) || bytesIsDigit(c) }),
		pred("isalpha", bytesIsAlpha),
		m("isascii", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, k.name, "isascii", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			for _, c := range bytesSelf(self) {
				if c >= 0x80 {
					return False
				}
			}
			return True
		}),
		pred("isdigit", bytesIsDigit),
		m("islower", bytesCaseCheck(k, "islower", bytesIsLower, bytesIsUpper)),
		pred("isspace", bytesIsSpace),
		m("istitle", bytesIsTitleMethod(k)),
		m("isupper", bytesCaseCheck(k, "isupper", bytesIsUpper, bytesIsLower)),
		m("join", bytesJoinMethod(k)),
		m("ljust", bytesPadMethod(k, "ljust")),
		mapper("lower", func(b []byte) []byte { return bytesMapEach(b, bytesToLower) }),
		m("lstrip", bytesStripMethod(k, "lstrip", true, false)),
		{Name: "maketrans", Fn: bytesMakeTrans(k), Flags: MethStatic},
		m("partition", bytesPartitionMethod(k, "partition", false)),
		m("removeprefix", bytesRemoveAffix(k, "removeprefix", true)),
		m("removesuffix", bytesRemoveAffix(k, "removesuffix", false)),
		m("replace", bytesReplaceMethod(k)),
		m("rfind", bytesFindMethod(k, "rfind", true, false)),
		m("rindex", bytesFindMethod(k, "rindex", true, true)),
		m("rjust", bytesPadMethod(k, "rjust")),
		m("rpartition", bytesPartitionMethod(k, "rpartition", true)),
		m("rsplit", bytesSplitMethod(k, "rsplit", true)),
		m("rstrip", bytesStripMethod(k, "rstrip", false, true)),
		m("split", bytesSplitMethod(k, "split", false)),
		m("splitlines", bytesSplitLinesMethod(k)),
		m("startswith", bytesTailMatchMethod(k, "startswith", false)),
		m("strip", bytesStripMethod(k, "strip", true, true)),
		mapper("swapcase", func(b []byte) []byte {
			return bytesMapEach(b, func(c byte) byte {
				if bytesIsLower(c) {
					return c - 32
				}
				return bytesToLower(c)
			})
		}),
		mapper("title", bytesTitle),
		m("translate", bytesTranslateMethod(k)),
		mapper("upper", func(b []byte) []byte { return bytesMapEach(b, bytesToUpper) }),
		m("zfill", bytesZfillMethod(k)),
	}
}

func bytesMapEach(b []byte, f func(byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

func bytesCapitalize(b []byte) []byte {
	out := bytesMapEach(b, bytesToLower)
	if len(out) > 0 {
		out[0] = bytesToUpper(b[0])
	}
	return out
}

func bytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prev := false
	for i, c := range b {
		if prev {
			out[i] = bytesToLower(c)
		} else {
			out[i] = bytesToUpper(c)
		}
		prev = bytesIsAlpha(c)
	}
	return out
}

func bytesCaseCheck(k *bytesKind, name string, want, reject func(byte) bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsNone, k.name, name, args, kwnames, nil, 0, 0, nil) {
			return nil
		}
		cased := false
		for _, c := range bytesSelf(self) {
			if reject(c) {
				return False
			}
			if want(c) {
				cased = true
			}
		}
		return Bool(cased)
	}
}

func bytesIsTitleMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsNone, k.name, "istitle", args, kwnames, nil, 0, 0, nil) {
			return nil
		}
		cased, prev := false, false
		for _, c := range bytesSelf(self) {
			switch {
			case bytesIsUpper(c):
				if prev {
					return False
				}
				prev, cased = true, true
			case bytesIsLower(c):
				if !prev {
					return False
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return Bool(cased)
	}
}

// bytesArgBuffer requires a bytes-like argument.
func bytesArgBuffer(ts *Thread, o *Object) ([]byte, bool) {
	b, ok := bytesBufferOf(o)
	if !ok {
		ts.Raisef(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
	}
	return b, ok
}

// bytesSubArg reads the sub argument of the find family: a bytes-like
// object or an int in range(256).
func bytesSubArg(ts *Thread, o *Object) ([]byte, bool) {
	if b, ok := bytesBufferOf(o); ok {
		return b, true
	}
	if strIsIndexable(o) {
		c, ok := bytesByteValue(ts, o, "byte must be in range(0, 256)")
		if !ok {
			return nil, false
		}
		return []byte{c}, true
	}
	ts.Raisef(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
	return nil, false
}

func bytesFindArgs(ts *Thread, k *bytesKind, name string, self *Object, args []*Object, kwnames *Object) (b, sub []byte, start, end int, ok bool) {
	var a [3]*Object
	if !strParseArgs(ts, argsVar, k.name, name, args, kwnames, nil, 1, 3, a[:]) {
		return nil, nil, 0, 0, false
	}
	st, en, ok := strParseRange(ts, a[1], a[2])
	if !ok {
		return nil, nil, 0, 0, false
	}
	sub, ok = bytesSubArg(ts, a[0])
	if !ok {
		return nil, nil, 0, 0, false
	}
	b = bytesSelf(self)
	start, end = strAdjustRange(st, en, len(b))
	return b, sub, start, end, true
}

func bytesFindMethod(k *bytesKind, name string, reverse, raise bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		b, sub, start, end, ok := bytesFindArgs(ts, k, name, self, args, kwnames)
		if !ok {
			return nil
		}
		i := -1
		if end-start >= len(sub) {
			if reverse {
				i = bytes.LastIndex(b[start:end], sub)
			} else {
				i = bytes.Index(b[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return ts.Raise(ValueError, "subsection not found")
		}
		return NewInt(ts, int64(i))
	}
}

func bytesCountMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		b, sub, start, end, ok := bytesFindArgs(ts, k, "count", self, args, kwnames)
		if !ok {
			return nil
		}
		if end-start < len(sub) {
			return NewInt(ts, 0)
		}
		if len(sub) == 0 {
			return NewInt(ts, int64(end-start+1))
		}
		return NewInt(ts, int64(bytes.Count(b[start:end], sub)))
	}
}

func bytesTailMatch(b, sub []byte, start, end int64, atEnd bool) bool {
	st, en := strAdjustRange(start, end, len(b))
	en -= len(sub)
	if en < st {
		return false
	}
	if len(sub) == 0 {
		return true
	}
	if atEnd {
		return bytes.HasPrefix(b[en:], sub)
	}
	return bytes.HasPrefix(b[st:], sub)
}

func bytesTailMatchMethod(k *bytesKind, name string, atEnd bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [3]*Object
		if !strParseArgs(ts, argsVar, k.name, name, args, kwnames, nil, 1, 3, a[:]) {
			return nil
		}
		start, end, ok := strParseRange(ts, a[1], a[2])
		if !ok {
			return nil
		}
		b := bytesSelf(self)
		if t := AsTuple(a[0]); t != nil {
			for _, it := range t.items {
				sub, ok := bytesArgBuffer(ts, it)
				if !ok {
					return nil
				}
				if bytesTailMatch(b, sub, start, end, atEnd) {
					return True
				}
			}
			return False
		}
		sub, ok := bytesBufferOf(a[0])
		if !ok {
			return ts.Raisef(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(a[0]))
		}
		return Bool(bytesTailMatch(b, sub, start, end, atEnd))
	}
}

func bytesPadMethod(k *bytesKind, name string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [2]*Object
		if !strParseArgs(ts, argsPos, k.name, name, args, kwnames, nil, 1, 2, a[:]) {
			return nil
		}
		width, ok := strSsizeArg(ts, a[0])
		if !ok {
			return nil
		}
		fill := byte(' ')
		if a[1] != nil {
			fb, isBuf := bytesBufferOf(a[1])
			if !isBuf || len(fb) != 1 || asMemoryView(a[1]) != nil {
				return ts.Raisef(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, strClinicTypeName(a[1]))
			}
			fill = fb[0]
		}
		b := bytesSelf(self)
		if width <= int64(len(b)) {
			return k.result(ts, self, append([]byte(nil), b...))
		}
		if width > strMaxSize {
			return ts.RaiseNone(MemoryError)
		}
		marg := int(width) - len(b)
		var left int
		switch name {
		case "ljust":
		case "rjust":
			left = marg
		default:
			left = marg/2 + (marg & int(width) & 1)
		}
		out := make([]byte, 0, width)
		out = append(out, bytes.Repeat([]byte{fill}, left)...)
		out = append(out, b...)
		out = append(out, bytes.Repeat([]byte{fill}, marg-left)...)
		return k.mk(ts, out)
	}
}

func bytesZfillMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, k.name, "zfill", args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		width, ok := strSsizeArg(ts, args[0])
		if !ok {
			return nil
		}
		b := bytesSelf(self)
		if width <= int64(len(b)) {
			return k.result(ts, self, append([]byte(nil), b...))
		}
		if width > strMaxSize {
			return ts.RaiseNone(MemoryError)
		}
		return k.mk(ts, []byte(strZfillText(string(b), int(width)-len(b))))
	}
}

func bytesExpandTabsMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [1]*Object
		if !strParseArgs(ts, argsKw, k.name, "expandtabs", args, kwnames, []string{"tabsize"}, 0, 1, a[:]) {
			return nil
		}
		tab := int64(8)
		if a[0] != nil {
			var ok bool
			if tab, ok = strCIntArg(ts, a[0]); !ok {
				return nil
			}
		}
		out, ok := strExpandTabsText(ts, string(bytesSelf(self)), tab, false)
		if !ok {
			return nil
		}
		return k.result(ts, self, []byte(out))
	}
}

func bytesStripMethod(k *bytesKind, name string, left, right bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [1]*Object
		if !strParseArgs(ts, argsPos, k.name, name, args, kwnames, nil, 0, 1, a[:]) {
			return nil
		}
		in := bytesIsSpace
		if a[0] != nil && a[0] != None {
			set, ok := bytesArgBuffer(ts, a[0])
			if !ok {
				return nil
			}
			in = func(c byte) bool { return bytes.IndexByte(set, c) >= 0 }
		}
		b := bytesSelf(self)
		i, j := 0, len(b)
		if left {
			for i < j && in(b[i]) {
				i++
			}
		}
		if right {
			for j > i && in(b[j-1]) {
				j--
			}
		}
		return k.result(ts, self, append([]byte(nil), b[i:j]...))
	}
}

func bytesRemoveAffix(k *bytesKind, name string, prefix bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, k.name, name, args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		a, ok := bytesArgBuffer(ts, args[0])
		if !ok {
			return nil
		}
		b := bytesSelf(self)
		if prefix && bytes.HasPrefix(b, a) {
			b = b[len(a):]
		} else if !prefix && bytes.HasSuffix(b, a) {
			b = b[:len(b)-len(a)]
		}
		return k.result(ts, self, append([]byte(nil), b...))
	}
}

func bytesReplaceMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [3]*Object
		if !strParseArgs(ts, argsPos, k.name, "replace", args, kwnames, nil, 2, 3, a[:]) {
			return nil
		}
		old, ok := bytesArgBuffer(ts, a[0])
		if !ok {
			return nil
		}
		nw, ok := bytesArgBuffer(ts, a[1])
		if !ok {
			return nil
		}
		count := int64(-1)
		if a[2] != nil {
			if count, ok = strSsizeArg(ts, a[2]); !ok {
				return nil
			}
		}
		b := bytesSelf(self)
		if count < 0 || count > int64(len(b))+1 {
			count = int64(len(b)) + 1
		}
		if len(old) == 0 && int64(len(nw))*count+int64(len(b)) > strMaxSize {
			return ts.RaiseNone(MemoryError)
		}
		var out []byte
		if len(old) == 0 {
			var sb strings.Builder
			sb.Write(nw)
			c := count - 1
			for i := 0; i < len(b); i++ {
				sb.WriteByte(b[i])
				if c > 0 {
					sb.Write(nw)
					c--
				} else {
					sb.Write(b[i+1:])
					break
				}
			}
			out = []byte(sb.String())
			if count == 0 {
				out = append([]byte(nil), b...)
			}
		} else {
			out = bytes.Replace(b, old, nw, int(count))
		}
		return k.result(ts, self, out)
	}
}

func bytesPartitionMethod(k *bytesKind, name string, reverse bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, k.name, name, args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		sep, ok := bytesArgBuffer(ts, args[0])
		if !ok {
			return nil
		}
		if len(sep) == 0 {
			return ts.Raise(ValueError, "empty separator")
		}
		b := bytesSelf(self)
		var i int
		if reverse {
			i = bytes.LastIndex(b, sep)
		} else {
			i = bytes.Index(b, sep)
		}
		cp := func(x []byte) *Object { return k.mk(ts, append([]byte(nil), x...)) }
		if i < 0 {
			if reverse {
				return NewTupleSteal(ts, cp(nil), cp(nil), k.result(ts, self, append([]byte(nil), b...)))
			}
			return NewTupleSteal(ts, k.result(ts, self, append([]byte(nil), b...)), cp(nil), cp(nil))
		}
		var sepObj *Object
		if k == bytesKindBytes && args[0].typ == BytesType {
			sepObj = NewRef(args[0])
		} else {
			sepObj = cp(sep)
		}
		return NewTupleSteal(ts, cp(b[:i]), sepObj, cp(b[i+len(sep):]))
	}
}

func bytesSplitMethod(k *bytesKind, name string, reverse bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		sepObj, maxsplit, ok := strSplitArgs(ts, name, args, kwnames)
		if !ok {
			return nil
		}
		s := string(bytesSelf(self))
		var parts []string
		if sepObj == None {
			at := func(s string, i int) (bool, int) { return bytesIsSpace(s[i]), 1 }
			before := func(s string, j int) (bool, int) { return bytesIsSpace(s[j-1]), 1 }
			if reverse {
				parts = strRSplitWhitespace(s, maxsplit, before)
			} else {
				parts = strSplitWhitespace(s, maxsplit, at)
			}
		} else {
			sep, ok := bytesArgBuffer(ts, sepObj)
			if !ok {
				return nil
			}
			if len(sep) == 0 {
				return ts.Raise(ValueError, "empty separator")
			}
			if reverse {
				parts = strRSplitSep(s, string(sep), maxsplit)
			} else {
				parts = strSplitSep(s, string(sep), maxsplit)
			}
		}
		return bytesListOf(ts, k, parts)
	}
}

func bytesListOf(ts *Thread, k *bytesKind, parts []string) *Object {
	items := make([]*Object, len(parts))
	for i, p := range parts {
		items[i] = k.mk(ts, []byte(p))
	}
	return strNewListSteal(ts, items)
}

func bytesSplitLinesMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		keep, ok := strKeepEndsArg(ts, k.name, args, kwnames)
		if !ok {
			return nil
		}
		parts := strSplitLinesParts(string(bytesSelf(self)), keep, func(s string) (bool, int) {
			return s[0] == '\n' || s[0] == '\r', 1
		})
		return bytesListOf(ts, k, parts)
	}
}

func bytesJoinMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, k.name, "join", args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		items, ok := strFastSequence(ts, args[0], "can only join an iterable")
		if !ok {
			return nil
		}
		defer strReleaseItems(ts, items)
		sep := bytesSelf(self)
		var out []byte
		for i, it := range items {
			b, ok := bytesBufferOf(it)
			if !ok {
				return ts.Raisef(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
			}
			if i > 0 {
				out = append(out, sep...)
			}
			out = append(out, b...)
		}
		return k.mk(ts, out)
	}
}

func bytesTranslateMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [2]*Object
		if !strParseArgsKw(ts, "translate", args, kwnames, []string{"table", "delete"}, 1, 1, 2, a[:]) {
			return nil
		}
		var table []byte
		if a[0] != None {
			t, ok := bytesArgBuffer(ts, a[0])
			if !ok {
				return nil
			}
			if len(t) != 256 {
				return ts.Raise(ValueError, "translation table must be 256 characters long")
			}
			table = t
		}
		var del []byte
		if a[1] != nil {
			d, ok := bytesArgBuffer(ts, a[1])
			if !ok {
				return nil
			}
			del = d
		}
		b := bytesSelf(self)
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return k.result(ts, self, out)
	}
}

func bytesMakeTrans(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [2]*Object
		if !strParseArgs(ts, argsPos, k.name, "maketrans", args, kwnames, nil, 2, 2, a[:]) {
			return nil
		}
		from, ok := bytesArgBuffer(ts, a[0])
		if !ok {
			return nil
		}
		to, ok := bytesArgBuffer(ts, a[1])
		if !ok {
			return nil
		}
		if len(from) != len(to) {
			return ts.Raise(ValueError, "maketrans arguments must have same length")
		}
		t := make([]byte, 256)
		for i := range t {
			t[i] = byte(i)
		}
		for i, c := range from {
			t[c] = to[i]
		}
		return newBytesOwned(ts, t)
	}
}

func bytesDecodeMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		enc, errs, ok := strCodecArgs(ts, k.name, "decode", args, kwnames)
		if !ok {
			return nil
		}
		return Decode(ts, bytesSelf(self), enc, errs)
	}
}

// bytesHex is bytes.hex(sep, bytes_per_sep).
func bytesHex(ts *Thread, b []byte, sepObj, perObj *Object) *Object {
	const digits = "0123456789abcdef"
	per := int64(1)
	if perObj != nil {
		v, ok := strCIntArg(ts, perObj)
		if !ok {
			return nil
		}
		per = v
	}
	var sep []byte
	if sepObj != nil {
		n := Len(ts, sepObj)
		if n < 0 {
			return nil
		}
		if n != 1 {
			return ts.Raise(ValueError, "sep must be length 1.")
		}
		if s := AsStr(sepObj); s != nil {
			if !s.IsASCII() {
				return ts.Raise(ValueError, "sep must be ASCII.")
			}
			sep = []byte(s.s)
		} else if bb, ok := bytesBufferOf(sepObj); ok {
			if bb[0] >= 0x80 {
				return ts.Raise(ValueError, "sep must be ASCII.")
			}
			sep = bb
		} else {
			return ts.Raise(TypeError, "sep must be str or bytes.")
		}
	}
	out := make([]byte, 0, 3*len(b))
	if sep == nil || per == 0 || len(b) == 0 {
		for _, c := range b {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return newStrASCII(ts, string(out))
	}
	group := per
	if group < 0 {
		group = -group
	}
	if group > int64(len(b)) {
		group = int64(len(b))
	}
	g := int(group)
	for i, c := range b {
		// Groups are counted from the right when per > 0, from the left when < 0.
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(b)-i)%g == 0
			} else {
				boundary = i%g == 0
			}
			if boundary {
				out = append(out, sep[0])
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return newStrASCII(ts, string(out))
}

func bytesHexMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [2]*Object
		if !strParseArgs(ts, argsKw, k.name, "hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, 2, a[:]) {
			return nil
		}
		return bytesHex(ts, bytesSelf(self), a[0], a[1])
	}
}

// bytesParseHex is the body of fromhex: pairs of hex digits, spaces allowed
// between pairs.
func bytesParseHex(ts *Thread, s string) ([]byte, bool) {
	hexv := func(c byte) int {
		switch {
		case '0' <= c && c <= '9':
			return int(c - '0')
		case 'a' <= c && c <= 'f':
			return int(c-'a') + 10
		case 'A' <= c && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	var out []byte
	for i := 0; i < len(s); {
		if bytesIsSpace(s[i]) {
			i++
			continue
		}
		hi := hexv(s[i])
		if hi < 0 {
			ts.Raisef(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", strCountCP(s[:i]))
			return nil, false
		}
		if i+1 >= len(s) || hexv(s[i+1]) < 0 {
			ts.Raisef(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", strCountCP(s[:i+1]))
			return nil, false
		}
		out = append(out, byte(hi<<4|hexv(s[i+1])))
		i += 2
	}
	return out, true
}

func bytesFromHexMethod(k *bytesKind) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, k.name, "fromhex", args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		s := AsStr(args[0])
		if s == nil {
			return ts.Raisef(TypeError, "fromhex() argument must be str, not %s", strClinicTypeName(args[0]))
		}
		b, ok := bytesParseHex(ts, s.s)
		if !ok {
			return nil
		}
		r := k.mk(ts, b)
		if t := AsType(self); t != nil && r != nil && t != r.typ {
			// A subclass: cls(result), as CPython does.
			res := Call(ts, self, []*Object{r}, nil)
			Decref(ts, r)
			return res
		}
		return r
	}
}
