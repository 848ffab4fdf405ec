package objects

import (
	"strings"

	"minipy/lang/literal"
)

// str.format, str.format_map, str.__format__ and the generic format(obj,
// spec) (CPython's Objects/stringlib/unicode_format.h and
// Python/formatter_unicode.c). f-strings use Format too.

// Format is format(obj, spec) with spec a str object (nil means ”).
func Format(ts *Thread, obj, spec *Object) *Object {
	if spec == nil {
		spec = EmptyStr
	}
	// Exact built-in numbers go straight to their formatter (for an empty
	// spec that is str(), as PyObject_Format's fast path): no method lookup
	// by name and no argument slice.
	switch obj.typ {
	case StrType:
		return strFormatSpec(ts, obj, StrValue(spec))
	case IntType:
		if AsStr(spec) != nil {
			return IntFormat(ts, obj, StrValue(spec))
		}
	case FloatType:
		if AsStr(spec) != nil {
			return FloatFormat(ts, obj, StrValue(spec))
		}
	}
	var r *Object
	if obj.typ.IsHeapType() {
		meth := GetAttrString(ts, obj, "__format__")
		if meth == nil {
			return nil
		}
		r = Call(ts, meth, []*Object{spec}, nil)
		Decref(ts, meth)
	} else if fn := strFindMethodDef(obj.typ, "__format__"); fn != nil {
		r = fn(ts, obj, []*Object{spec}, nil)
	} else {
		r = ObjectFormat(ts, obj, spec)
	}
	if r != nil && AsStr(r) == nil {
		ts.Raisef(TypeError, "__format__ must return a str, not %s", TypeName(r))
		Decref(ts, r)
		return nil
	}
	return r
}

// FormatString is Format with a Go spec.
func FormatString(ts *Thread, obj *Object, spec string) *Object {
	s := NewStr(ts, spec)
	if s == nil {
		return nil
	}
	r := Format(ts, obj, s)
	Decref(ts, s)
	return r
}

// ObjectFormat is object.__format__: str(self) for an empty spec.
func ObjectFormat(ts *Thread, obj, spec *Object) *Object {
	if StrValue(spec) != "" {
		return ts.Raisef(TypeError, "unsupported format string passed to %s.__format__", TypeName(obj))
	}
	return StrOf(ts, obj)
}

func strFormatSpecMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsOne, "str", "__format__", args, kwnames, nil, 1, 1, nil) {
		return nil
	}
	spec := AsStr(args[0])
	if spec == nil {
		return ts.Raisef(TypeError, "__format__() argument must be str, not %s", strClinicTypeName(args[0]))
	}
	return strFormatSpec(ts, self, spec.s)
}

// strFormatSpec is str.__format__(spec).
func strFormatSpec(ts *Thread, self *Object, spec string) *Object {
	if spec == "" {
		if self.typ != StrType {
			return StrOf(ts, self) // format_obj: a subclass's __str__
		}
		return strSelfCopy(ts, self)
	}
	s := AsStr(self)
	out, err := literal.FormatStrSpec(s.s, spec, TypeName(self))
	if err != nil {
		return RaiseLiteralError(ts, err)
	}
	if out == s.s && self.typ == StrType {
		return NewRef(self)
	}
	return NewStr(ts, out)
}

func strFormatMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	nkw := 0
	var names []*Object
	if kwnames != nil {
		names = TupleItems(kwnames)
		nkw = len(names)
	}
	st := &strFormatter{ts: ts, pos: args[:len(args)-nkw], kwNames: names, kwValues: args[len(args)-nkw:]}
	out, ok := st.format(StrValue(self), 2)
	if !ok {
		return nil
	}
	return NewStr(ts, out)
}

func strFormatMapMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsOne, "str", "format_map", args, kwnames, nil, 1, 1, nil) {
		return nil
	}
	st := &strFormatter{ts: ts, mapping: args[0], isMap: true}
	out, ok := st.format(StrValue(self), 2)
	if !ok {
		return nil
	}
	return NewStr(ts, out)
}

// StrFormat is fmt.format(*args, **kwargs) with Go slices.
func StrFormat(ts *Thread, format string, args []*Object, kwNames []string, kwValues []*Object) *Object {
	names := make([]*Object, len(kwNames))
	for i, n := range kwNames {
		names[i] = NewStr(ts, n)
	}
	defer strReleaseItems(ts, names)
	st := &strFormatter{ts: ts, pos: args, kwNames: names, kwValues: kwValues}
	out, ok := st.format(format, 2)
	if !ok {
		return nil
	}
	return NewStr(ts, out)
}

type strFormatter struct {
	ts       *Thread
	pos      []*Object
	kwNames  []*Object
	kwValues []*Object
	mapping  *Object
	isMap    bool
	autoNum  int
	mode     int // 0 unknown, 1 auto, 2 manual
}

func (st *strFormatter) fail(msg string) (string, bool) {
	st.ts.Raise(ValueError, msg)
	return "", false
}

// format expands one format string; depth limits nesting in specs. The
// scanning follows CPython's MarkupIterator and parse_field exactly, since
// their order of checks decides which error a malformed string gives.
func (st *strFormatter) format(s string, depth int) (string, bool) {
	if depth <= 0 {
		return st.fail("Max string recursion exceeded")
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := i
		var c byte
		markup := false
		for j < len(s) {
			c = s[j]
			j++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		if !markup {
			b.WriteString(s[i:j])
			break
		}
		atEnd := j >= len(s)
		if c == '}' && (atEnd || s[j] != '}') {
			return st.fail("Single '}' encountered in format string")
		}
		if atEnd && c == '{' {
			return st.fail("Single '{' encountered in format string")
		}
		if s[j] == c {
			b.WriteString(s[i:j])
			i = j + 1
			continue
		}
		b.WriteString(s[i : j-1])
		f, next, ok := strParseField(st.ts, s, j)
		if !ok {
			return "", false
		}
		i = next
		out, ok := st.render(f, depth)
		if !ok {
			return "", false
		}
		b.WriteString(out)
	}
	return b.String(), true
}

// strField is one parsed replacement field.
type strField struct {
	name      string
	conv      rune // 0 when absent
	spec      string
	expanding bool // the spec holds nested fields
}

// strParseField parses the field starting after its '{' at s[i:] and
// returns it with the index after its closing '}'.
func strParseField(ts *Thread, s string, i int) (strField, int, bool) {
	var f strField
	start := i
	var c byte
scan:
	for i < len(s) {
		c = s[i]
		i++
		switch c {
		case '{':
			ts.Raise(ValueError, "unexpected '{' in field name")
			return f, 0, false
		case '[':
			for i < len(s) && s[i] != ']' {
				i++
			}
		case '}', ':', '!':
			break scan
		}
	}
	f.name = s[start:max(start, i-1)]
	if c != '!' && c != ':' {
		if c != '}' {
			ts.Raise(ValueError, "expected '}' before end of string")
			return f, 0, false
		}
		return f, i, true
	}
	if c == '!' {
		if i >= len(s) {
			ts.Raise(ValueError, "end of string while looking for conversion specifier")
			return f, 0, false
		}
		r, size := decodeWTF8(s[i:])
		f.conv = r
		i += size
		if i < len(s) {
			c2 := s[i]
			i++
			if c2 == '}' {
				return f, i, true
			}
			if c2 != ':' {
				ts.Raise(ValueError, "expected ':' after conversion specifier")
				return f, 0, false
			}
		}
	}
	specStart := i
	count := 1
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '{':
			f.expanding = true
			count++
		case '}':
			count--
			if count == 0 {
				f.spec = s[specStart : i-1]
				return f, i, true
			}
		}
	}
	ts.Raise(ValueError, "unmatched '{' in format spec")
	return f, 0, false
}

// render formats one parsed field.
func (st *strFormatter) render(f strField, depth int) (string, bool) {
	ts := st.ts
	obj := st.lookup(f.name)
	if obj == nil {
		return "", false
	}
	defer func() { Decref(ts, obj) }()
	if f.conv != 0 {
		var r *Object
		switch f.conv {
		case 'r':
			r = Repr(ts, obj)
		case 's':
			r = StrOf(ts, obj)
		case 'a':
			r = StrASCIIRepr(ts, obj)
		default:
			if f.conv > 32 && f.conv < 127 {
				ts.Raisef(ValueError, "Unknown conversion specifier %c", f.conv)
			} else {
				ts.Raisef(ValueError, "Unknown conversion specifier \\x%x", f.conv)
			}
			return "", false
		}
		if r == nil {
			return "", false
		}
		Decref(ts, obj)
		obj = r
	}
	spec := f.spec
	if f.expanding {
		expanded, ok := st.format(spec, depth-1)
		if !ok {
			return "", false
		}
		spec = expanded
	}
	specObj := NewStr(ts, spec)
	r := Format(ts, obj, specObj)
	Decref(ts, specObj)
	if r == nil {
		return "", false
	}
	out := StrValue(r)
	Decref(ts, r)
	return out, true
}

// lookup resolves a field name (argument, then .attr and [key] parts) to a
// new reference.
func (st *strFormatter) lookup(name string) *Object {
	ts := st.ts
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first := name[:k]
	var obj *Object
	if first == "" || strIsDigits(first) {
		var idx int
		if first == "" {
			if st.mode == 2 {
				ts.Raise(ValueError, "cannot switch from manual field specification to automatic field numbering")
				return nil
			}
			st.mode = 1
			idx = st.autoNum
			st.autoNum++
		} else {
			if st.mode == 1 {
				ts.Raise(ValueError, "cannot switch from automatic field numbering to manual field specification")
				return nil
			}
			st.mode = 2
			n, ok := strAtoiSmall(first)
			if !ok {
				ts.Raise(ValueError, "Too many decimal digits in format string")
				return nil
			}
			idx = n
		}
		if st.isMap {
			ts.Raise(ValueError, "Format string contains positional fields")
			return nil
		}
		if idx >= len(st.pos) {
			ts.Raisef(IndexError, "Replacement index %d out of range for positional args tuple", idx)
			return nil
		}
		obj = NewRef(st.pos[idx])
	} else {
		key := NewStr(ts, first)
		if st.isMap {
			obj = GetItem(ts, st.mapping, key)
		} else {
			for i, n := range st.kwNames {
				if StrValue(n) == first {
					obj = NewRef(st.kwValues[i])
					break
				}
			}
			if obj == nil {
				ts.RaiseArg(KeyError, key)
			}
		}
		Decref(ts, key)
		if obj == nil {
			return nil
		}
	}
	rest := name[k:]
	for len(rest) > 0 {
		var next *Object
		switch rest[0] {
		case '.':
			e := 1
			for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
				e++
			}
			attr := rest[1:e]
			if attr == "" {
				Decref(ts, obj)
				ts.Raise(ValueError, "Empty attribute in format string")
				return nil
			}
			next = GetAttrString(ts, obj, attr)
			rest = rest[e:]
		case '[':
			e := strings.IndexByte(rest, ']')
			if e < 0 {
				Decref(ts, obj)
				ts.Raise(ValueError, "Missing ']' in format string")
				return nil
			}
			keyText := rest[1:e]
			if keyText == "" {
				Decref(ts, obj)
				ts.Raise(ValueError, "Empty attribute in format string")
				return nil
			}
			var key *Object
			if n, ok := strAtoiSmall(keyText); ok && strIsDigits(keyText) {
				key = NewInt(ts, int64(n))
			} else {
				key = NewStr(ts, keyText)
			}
			next = GetItem(ts, obj, key)
			Decref(ts, key)
			// A bad character after ']' is reported when the next part is
			// read, after this lookup (so a KeyError here wins).
			rest = rest[e+1:]
		default:
			Decref(ts, obj)
			ts.Raise(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			return nil
		}
		Decref(ts, obj)
		if next == nil {
			return nil
		}
		obj = next
	}
	return obj
}

func strIsDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func strAtoiSmall(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if n > (1<<62)/10 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
