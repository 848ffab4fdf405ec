package objects

import (
	"unicode/utf8"

	"minipy/runtime/alloc"
)

// Str is a str object. The text is kept as WTF-8 (UTF-8 in which lone
// surrogates may appear as 3-byte sequences), with its length in code points
// and its PEP 393 kind (1, 2 or 4 bytes per code point by the widest
// character), which str hashing needs to match CPython.
type Str struct {
	Object
	s    string
	n    int   // length in code points
	kind uint8 // 1, 2 or 4
	hash int64 // -1 until computed
}

var strClass = alloc.NewClass[Str]("str")

// StrType is the str type.
var StrType = &Type{Name: "str", Flags: FlagBaseType | FlagStrSubclass}

func init() {
	StrType.Dealloc = func(ts *Thread, o *Object) {
		freeObject(ts, strClass, (*Str)(unsafePointer(o)))
	}
	registerStatic(StrType)
}

// NewStr returns a new str holding s (WTF-8).
func NewStr(ts *Thread, s string) *Object {
	if len(s) == 0 {
		return NewRef(EmptyStr)
	}
	p := newObject(ts, strClass, StrType)
	p.s = s
	p.n, p.kind = strMeasure(s)
	p.hash = -1
	return &p.Object
}

// strMeasure counts code points and finds the PEP 393 kind.
func strMeasure(s string) (n int, kind uint8) {
	kind = 1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := decodeWTF8(s[i:])
		i += size
		n++
		switch {
		case r > 0xffff:
			kind = 4
		case r > 0xff && kind < 2:
			kind = 2
		}
	}
	return n, kind
}

// decodeWTF8 decodes one code point, accepting surrogates encoded as 3 bytes.
func decodeWTF8(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 && len(s) >= 3 && s[0] == 0xed &&
		s[1]&0xe0 == 0xa0 && s[2]&0xc0 == 0x80 {
		return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return r, size
}

// AsStr returns o as a *Str, or nil when o is not a str (or subclass).
func AsStr(o *Object) *Str {
	if o.typ.Flags&FlagStrSubclass != 0 {
		return (*Str)(unsafePointer(o))
	}
	return nil
}

// Value is the str's text (WTF-8).
func (s *Str) Value() string { return s.s }

// Len is the length in code points.
func (s *Str) Len() int { return s.n }

// StrValue returns the text of a str object; o must be a str.
func StrValue(o *Object) string { return (*Str)(unsafePointer(o)).s }

var emptyStr Str

// EmptyStr is the static immortal ”.
var EmptyStr = &emptyStr.Object

func init() {
	initStatic(EmptyStr, StrType)
	emptyStr.kind = 1
	emptyStr.hash = 0
}
