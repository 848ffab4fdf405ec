package objects

import (
	"strings"
	"unicode/utf8"

	"minipy/lang/unicodedata"
)

// The methods of str (CPython 3.11's Objects/unicodeobject.c and
// Objects/stringlib), over the WTF-8 text. Positions given to and returned
// by the methods are code point indices; the text is searched by bytes and
// the byte offsets converted.

var strMethods []MethodDef

func init() {
	m := func(name string, fn MethodFn) MethodDef { return MethodDef{Name: name, Fn: fn} }
	strMethods = []MethodDef{
		m("capitalize", strCaseMethod("capitalize", unicodedata.Capitalize)),
		m("casefold", strCaseMethod("casefold", unicodedata.CaseFold)),
		m("center", strPadMethod("center")),
		m("count", strCount),
		m("encode", strEncode),
		m("endswith", strTailMatchMethod("endswith", true)),
		m("expandtabs", strExpandTabs),
		m("find", strFindMethod("find", false, false)),
		m("format", strFormatMethod),
		m("format_map", strFormatMapMethod),
		m("__format__", strFormatSpecMethod),
		m("index", strFindMethod("index", false, true)),
		m("isalnum", strPredMethod("isalnum", unicodedata.IsAlnum)),
		m("isalpha", strPredMethod("isalpha", unicodedata.IsAlpha)),
		m("isascii", strIsASCII),
		m("isdecimal", strPredMethod("isdecimal", unicodedata.IsDecimal)),
		m("isdigit", strPredMethod("isdigit", unicodedata.IsDigit)),
		m("isidentifier", strIsIdentifierMethod),
		m("islower", strIsLower),
		m("isnumeric", strPredMethod("isnumeric", unicodedata.IsNumeric)),
		m("isprintable", strIsPrintable),
		m("isspace", strPredMethod("isspace", unicodedata.IsSpace)),
		m("istitle", strIsTitle),
		m("isupper", strIsUpper),
		m("join", strJoinMethod),
		m("ljust", strPadMethod("ljust")),
		m("lower", strCaseMethod("lower", unicodedata.ToLower)),
		m("lstrip", strStripMethod("lstrip", true, false)),
		{Name: "maketrans", Fn: strMakeTrans, Flags: MethStatic},
		m("partition", strPartitionMethod("partition", false)),
		m("removeprefix", strRemoveAffix("removeprefix", true)),
		m("removesuffix", strRemoveAffix("removesuffix", false)),
		m("replace", strReplaceMethod),
		m("rfind", strFindMethod("rfind", true, false)),
		m("rindex", strFindMethod("rindex", true, true)),
		m("rjust", strPadMethod("rjust")),
		m("rpartition", strPartitionMethod("rpartition", true)),
		m("rsplit", strSplitMethod("rsplit", true)),
		m("rstrip", strStripMethod("rstrip", false, true)),
		m("split", strSplitMethod("split", false)),
		m("splitlines", strSplitLines),
		m("startswith", strTailMatchMethod("startswith", false)),
		m("strip", strStripMethod("strip", true, true)),
		m("swapcase", strCaseMethod("swapcase", unicodedata.SwapCase)),
		m("title", strCaseMethod("title", unicodedata.ToTitle)),
		m("translate", strTranslate),
		m("upper", strCaseMethod("upper", unicodedata.ToUpper)),
		m("zfill", strZfill),
		m("__getnewargs__", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "str", "__getnewargs__", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			c := NewStr(ts, StrValue(self))
			if c == nil {
				return nil
			}
			return NewTupleSteal(ts, c)
		}),
		m("__sizeof__", func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
			if !strParseArgs(ts, argsNone, "str", "__sizeof__", args, kwnames, nil, 0, 0, nil) {
				return nil
			}
			// CPython 3.11's compact layouts: a 48-byte header for ASCII,
			// 72 bytes otherwise, then the code points and a terminator.
			s := AsStr(self)
			size := 49 + int64(s.n)
			if !s.IsASCII() {
				size = 72 + int64(s.n+1)*int64(s.kind)
			}
			return NewInt(ts, size)
		}),
	}
	StrType.Methods = strMethods
}

// StrMethod returns the Go body of a str method by name (for callers that
// work before type dicts exist, and for tests), or nil.
func StrMethod(name string) MethodFn {
	for i := range strMethods {
		if strMethods[i].Name == name {
			return strMethods[i].Fn
		}
	}
	return nil
}

// strSelfCopy returns self as an exact str: self itself, or a new str with
// its text when self is an instance of a subclass (str methods return str).
func strSelfCopy(ts *Thread, self *Object) *Object {
	if self.typ == StrType {
		return NewRef(self)
	}
	s := AsStr(self)
	return newStrMeasured(ts, s.s, s.n, s.kind)
}

// strResult makes the result of a method: the unchanged self when the text
// is the same (as CPython returns self for exact strs), else a new str.
func strResult(ts *Thread, self *Object, text string) *Object {
	if text == StrValue(self) {
		return strSelfCopy(ts, self)
	}
	return NewStr(ts, text)
}

// strCPIndex converts a byte offset in s to a code point index.
func strCPIndex(s *Str, off int) int {
	if s.IsASCII() {
		return off
	}
	return strCountCP(s.s[:off])
}

// strCountCP counts the code points of valid WTF-8 text (Go's rune counter
// would count each byte of a surrogate's sequence).
func strCountCP(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			n++
		}
	}
	return n
}

func strCaseMethod(name string, f func(string) string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsNone, "str", name, args, kwnames, nil, 0, 0, nil) {
			return nil
		}
		return strResult(ts, self, f(StrValue(self)))
	}
}

// strEachRune calls f for every code point; false from f stops it.
func strEachRune(s string, f func(r rune) bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		if c < 0x80 {
			r = rune(c)
			i++
		} else {
			var size int
			r, size = decodeWTF8(s[i:])
			i += size
		}
		if !f(r) {
			return false
		}
	}
	return true
}

func strPredMethod(name string, pred func(rune) bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsNone, "str", name, args, kwnames, nil, 0, 0, nil) {
			return nil
		}
		s := StrValue(self)
		if s == "" {
			return False
		}
		return Bool(strEachRune(s, pred))
	}
}

func strIsASCII(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "isascii", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	return Bool(AsStr(self).IsASCII())
}

func strIsPrintable(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "isprintable", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	return Bool(strEachRune(StrValue(self), unicodedata.IsPrintable))
}

// StrIsIdentifier is str.isidentifier of a WTF-8 string.
func StrIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	first := true
	return strEachRune(s, func(r rune) bool {
		if first {
			first = false
			return unicodedata.IsIdentifierStart(r)
		}
		return unicodedata.IsIdentifierContinue(r)
	})
}

func strIsIdentifierMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "isidentifier", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	return Bool(StrIsIdentifier(StrValue(self)))
}

func strIsLower(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "islower", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	cased := false
	ok := strEachRune(StrValue(self), func(r rune) bool {
		if unicodedata.IsUpper(r) || unicodedata.IsTitle(r) {
			return false
		}
		if unicodedata.IsLower(r) {
			cased = true
		}
		return true
	})
	return Bool(ok && cased)
}

func strIsUpper(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "isupper", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	cased := false
	ok := strEachRune(StrValue(self), func(r rune) bool {
		if unicodedata.IsLower(r) || unicodedata.IsTitle(r) {
			return false
		}
		if unicodedata.IsUpper(r) {
			cased = true
		}
		return true
	})
	return Bool(ok && cased)
}

func strIsTitle(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsNone, "str", "istitle", args, kwnames, nil, 0, 0, nil) {
		return nil
	}
	cased, prev := false, false
	ok := strEachRune(StrValue(self), func(r rune) bool {
		switch {
		case unicodedata.IsUpper(r) || unicodedata.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case unicodedata.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
		return true
	})
	return Bool(ok && cased)
}

// strArgStr checks that o is a str, with the message "<prefix>must be str,
// not T".
func strArgStr(ts *Thread, o *Object, prefix string) *Str {
	s := AsStr(o)
	if s == nil {
		if prefix != "" {
			ts.Raisef(TypeError, "%smust be str, not %s", prefix, strClinicTypeName(o))
		} else {
			ts.Raisef(TypeError, "must be str, not %s", TypeName(o))
		}
	}
	return s
}

// strFillChar reads the fill character argument of center/ljust/rjust.
func strFillChar(ts *Thread, o *Object) (string, bool) {
	if o == nil {
		return " ", true
	}
	s := AsStr(o)
	if s == nil {
		ts.Raisef(TypeError, "The fill character must be a unicode character, not %s", TypeName(o))
		return "", false
	}
	if s.n != 1 {
		ts.Raise(TypeError, "The fill character must be exactly one character long")
		return "", false
	}
	return s.s, true
}

func strPadMethod(name string) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [2]*Object
		if !strParseArgs(ts, argsPos, "str", name, args, kwnames, nil, 1, 2, a[:]) {
			return nil
		}
		width, ok := strSsizeArg(ts, a[0])
		if !ok {
			return nil
		}
		fill, ok := strFillChar(ts, a[1])
		if !ok {
			return nil
		}
		s := AsStr(self)
		if width <= int64(s.n) {
			return strSelfCopy(ts, self)
		}
		if width > strMaxSize {
			return ts.RaiseNone(MemoryError)
		}
		marg := int(width) - s.n
		var left int
		switch name {
		case "ljust":
			left = 0
		case "rjust":
			left = marg
		default:
			left = marg/2 + (marg & int(width) & 1)
		}
		return NewStr(ts, strings.Repeat(fill, left)+s.s+strings.Repeat(fill, marg-left))
	}
}

func strZfill(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsOne, "str", "zfill", args, kwnames, nil, 1, 1, nil) {
		return nil
	}
	width, ok := strSsizeArg(ts, args[0])
	if !ok {
		return nil
	}
	s := AsStr(self)
	if width <= int64(s.n) {
		return strSelfCopy(ts, self)
	}
	if width > strMaxSize {
		return ts.RaiseNone(MemoryError)
	}
	return NewStr(ts, strZfillText(s.s, int(width)-s.n))
}

// strZfillText pads s with fill zeros after a leading sign.
func strZfillText(s string, fill int) string {
	z := strings.Repeat("0", fill)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + z + s[1:]
	}
	return z + s
}

func strExpandTabs(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var a [1]*Object
	if !strParseArgs(ts, argsKw, "str", "expandtabs", args, kwnames, []string{"tabsize"}, 0, 1, a[:]) {
		return nil
	}
	tab := int64(8)
	if a[0] != nil {
		var ok bool
		if tab, ok = strCIntArg(ts, a[0]); !ok {
			return nil
		}
	}
	s := StrValue(self)
	if strings.IndexByte(s, '\t') < 0 {
		return strSelfCopy(ts, self)
	}
	out, ok := strExpandTabsText(ts, s, tab, true)
	if !ok {
		return nil
	}
	return NewStr(ts, out)
}

// strExpandTabsText expands tabs; columns count code points (unicode) or
// bytes, and restart after \n and \r.
func strExpandTabsText(ts *Thread, s string, tab int64, unicode bool) (string, bool) {
	var b strings.Builder
	col := int64(0)
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\t':
			i++
			if tab > 0 {
				n := tab - col%tab
				if int64(b.Len())+n > strMaxSize {
					ts.RaiseNone(MemoryError)
					return "", false
				}
				for ; n > 0; n-- {
					b.WriteByte(' ')
				}
				col += tab - col%tab
			}
			continue
		case '\n', '\r':
			col = -1
		}
		size := 1
		if unicode && c >= 0x80 {
			size = strSeqLen(c)
		}
		b.WriteString(s[i : i+size])
		i += size
		col++
	}
	return b.String(), true
}

// strFindArgs parses (sub[, start[, end]]) for the find family and returns
// the sub-string and the byte range of self to search.
func strFindArgs(ts *Thread, name string, self *Object, args []*Object, kwnames *Object) (s *Str, sub *Str, start, end int, ok bool) {
	var a [3]*Object
	if !strParseArgs(ts, argsVar, "str", name, args, kwnames, nil, 1, 3, a[:]) {
		return nil, nil, 0, 0, false
	}
	st, en, ok := strParseRange(ts, a[1], a[2])
	if !ok {
		return nil, nil, 0, 0, false
	}
	sub = strArgStr(ts, a[0], "")
	if sub == nil {
		return nil, nil, 0, 0, false
	}
	s = AsStr(self)
	start, end = strAdjustRange(st, en, s.n)
	return s, sub, start, end, true
}

// strFind returns the code point index of sub in s[start:end] (code point
// bounds), or -1.
func strFind(s, sub *Str, start, end int, reverse bool) int {
	if end-start < sub.n {
		return -1
	}
	bs, be := s.offset(start), s.offset(end)
	var k int
	if reverse {
		k = strings.LastIndex(s.s[bs:be], sub.s)
	} else {
		k = strings.Index(s.s[bs:be], sub.s)
	}
	if k < 0 {
		return -1
	}
	if s.IsASCII() {
		return start + k
	}
	return start + strCountCP(s.s[bs:bs+k])
}

func strFindMethod(name string, reverse, raise bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		s, sub, start, end, ok := strFindArgs(ts, name, self, args, kwnames)
		if !ok {
			return nil
		}
		i := strFind(s, sub, start, end, reverse)
		if i < 0 && raise {
			return ts.Raise(ValueError, "substring not found")
		}
		return NewInt(ts, int64(i))
	}
}

func strCount(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	s, sub, start, end, ok := strFindArgs(ts, "count", self, args, kwnames)
	if !ok {
		return nil
	}
	if end-start < sub.n {
		return NewInt(ts, 0)
	}
	if sub.n == 0 {
		return NewInt(ts, int64(end-start+1))
	}
	return NewInt(ts, int64(strings.Count(s.s[s.offset(start):s.offset(end)], sub.s)))
}

// strTailMatch is CPython's tailmatch: does s[start:end] start (or end) with sub?
func strTailMatch(s, sub *Str, start, end int64, atEnd bool) bool {
	st, en := strAdjustRange(start, end, s.n)
	en -= sub.n
	if en < st {
		return false
	}
	if sub.n == 0 {
		return true
	}
	if atEnd {
		return strings.HasPrefix(s.s[s.offset(en):], sub.s)
	}
	return strings.HasPrefix(s.s[s.offset(st):], sub.s)
}

func strTailMatchMethod(name string, atEnd bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [3]*Object
		if !strParseArgs(ts, argsVar, "str", name, args, kwnames, nil, 1, 3, a[:]) {
			return nil
		}
		start, end, ok := strParseRange(ts, a[1], a[2])
		if !ok {
			return nil
		}
		s := AsStr(self)
		if t := AsTuple(a[0]); t != nil {
			for _, it := range t.items {
				sub := AsStr(it)
				if sub == nil {
					return ts.Raisef(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(it))
				}
				if strTailMatch(s, sub, start, end, atEnd) {
					return True
				}
			}
			return False
		}
		sub := AsStr(a[0])
		if sub == nil {
			return ts.Raisef(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0]))
		}
		return Bool(strTailMatch(s, sub, start, end, atEnd))
	}
}

func strRemoveAffix(name string, prefix bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, "str", name, args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		a := AsStr(args[0])
		if a == nil {
			return ts.Raisef(TypeError, "%s() argument must be str, not %s", name, strClinicTypeName(args[0]))
		}
		s := StrValue(self)
		if prefix && strings.HasPrefix(s, a.s) {
			return NewStr(ts, s[len(a.s):])
		}
		if !prefix && strings.HasSuffix(s, a.s) {
			return NewStr(ts, s[:len(s)-len(a.s)])
		}
		return strSelfCopy(ts, self)
	}
}

// strStripText strips characters for which in reports true.
func strStripText(s string, left, right bool, in func(r rune) bool) string {
	if left {
		for len(s) > 0 {
			r, size := decodeWTF8(s)
			if !in(r) {
				break
			}
			s = s[size:]
		}
	}
	if right {
		for len(s) > 0 {
			i := len(s) - 1
			for i > 0 && s[i]&0xc0 == 0x80 {
				i--
			}
			r, _ := decodeWTF8(s[i:])
			if !in(r) {
				break
			}
			s = s[:i]
		}
	}
	return s
}

func strStripMethod(name string, left, right bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		var a [1]*Object
		if !strParseArgs(ts, argsPos, "str", name, args, kwnames, nil, 0, 1, a[:]) {
			return nil
		}
		s := StrValue(self)
		var out string
		if a[0] == nil || a[0] == None {
			out = strStripText(s, left, right, unicodedata.IsSpace)
		} else {
			chars := AsStr(a[0])
			if chars == nil {
				return ts.Raisef(TypeError, "%s arg must be None or str", name)
			}
			set := chars.s
			out = strStripText(s, left, right, func(r rune) bool {
				if r < 0x80 {
					return strings.IndexByte(set, byte(r)) >= 0
				}
				return strings.ContainsRune(set, r) || strContainsSurrogate(set, r)
			})
		}
		return strResult(ts, self, out)
	}
}

// strContainsSurrogate handles lone surrogates, which strings.ContainsRune
// cannot find in WTF-8.
func strContainsSurrogate(set string, r rune) bool {
	if r < 0xd800 || r > 0xdfff {
		return false
	}
	var buf [3]byte
	enc := []byte{0xed, byte(0x80 | (r>>6)&0x3f), byte(0x80 | r&0x3f)}
	copy(buf[:], enc)
	return strings.Contains(set, string(buf[:]))
}

// strIsLineBreak reports a str line boundary (str.splitlines).
func strIsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// strKeepEndsArg parses the keepends argument of str and bytes splitlines.
func strKeepEndsArg(ts *Thread, typeName string, args []*Object, kwnames *Object) (keep, ok bool) {
	var a [1]*Object
	if !strParseArgs(ts, argsKw, typeName, "splitlines", args, kwnames, []string{"keepends"}, 0, 1, a[:]) {
		return false, false
	}
	if a[0] != nil {
		v, ok := strCIntArg(ts, a[0])
		if !ok {
			return false, false
		}
		keep = v != 0
	}
	return keep, true
}

// strSplitLinesParts splits s into lines for str and bytes splitlines: next
// reports whether the character its argument starts with is a line boundary,
// and its size in bytes; "\r\n" counts as one boundary; keep keeps the line
// ends.
func strSplitLinesParts(s string, keep bool, next func(s string) (isBreak bool, size int)) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); {
		isBreak, size := next(s[i:])
		if !isBreak {
			i += size
			continue
		}
		eol := i + size
		if s[i] == '\r' && eol < len(s) && s[eol] == '\n' {
			eol++
		}
		if keep {
			parts = append(parts, s[start:eol])
		} else {
			parts = append(parts, s[start:i])
		}
		start, i = eol, eol
	}
	if start < len(s) {
		parts = append(parts, s[start:])
	}
	return parts
}

func strSplitLines(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	keep, ok := strKeepEndsArg(ts, "str", args, kwnames)
	if !ok {
		return nil
	}
	s := StrValue(self)
	parts := strSplitLinesParts(s, keep, func(s string) (bool, int) {
		r, size := decodeWTF8(s)
		return strIsLineBreak(r), size
	})
	if len(parts) == 1 && self.typ == StrType && parts[0] == s {
		return strListOfSelf(ts, self)
	}
	return strListOfStrings(ts, parts)
}

// strListOfSelf is [self].
func strListOfSelf(ts *Thread, self *Object) *Object {
	return strNewListSteal(ts, []*Object{NewRef(self)})
}

// strListOfStrings makes a list of new strs.
func strListOfStrings(ts *Thread, parts []string) *Object {
	items := make([]*Object, len(parts))
	for i, p := range parts {
		items[i] = NewStr(ts, p)
	}
	return strNewListSteal(ts, items)
}

// strSplitWhitespace splits on runs of whitespace (sep=None).
func strSplitWhitespace(s string, maxsplit int, isSpace func(string, int) (bool, int)) []string {
	var parts []string
	i := 0
	n := len(s)
	for {
		for i < n {
			sp, size := isSpace(s, i)
			if !sp {
				break
			}
			i += size
		}
		if i >= n {
			return parts
		}
		if maxsplit == 0 {
			return append(parts, s[i:])
		}
		j := i
		for j < n {
			sp, size := isSpace(s, j)
			if sp {
				break
			}
			j += size
		}
		parts = append(parts, s[i:j])
		maxsplit--
		i = j
	}
}

// strRSplitWhitespace is strSplitWhitespace from the right.
func strRSplitWhitespace(s string, maxsplit int, isSpaceBefore func(string, int) (bool, int)) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			sp, size := isSpaceBefore(s, j)
			if !sp {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			sp, size := isSpaceBefore(s, i)
			if sp {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		maxsplit--
		j = i
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

func strUnicodeSpaceAt(s string, i int) (bool, int) {
	r, size := decodeWTF8(s[i:])
	return unicodedata.IsSpace(r), size
}

func strUnicodeSpaceBefore(s string, j int) (bool, int) {
	i := j - 1
	for i > 0 && s[i]&0xc0 == 0x80 {
		i--
	}
	r, _ := decodeWTF8(s[i:])
	return unicodedata.IsSpace(r), j - i
}

// strSplitSep splits on a non-empty separator.
func strSplitSep(s, sep string, maxsplit int) []string {
	if maxsplit < 0 {
		return strings.Split(s, sep)
	}
	return strings.SplitN(s, sep, maxsplit+1)
}

func strRSplitSep(s, sep string, maxsplit int) []string {
	var parts []string
	for maxsplit != 0 {
		k := strings.LastIndex(s, sep)
		if k < 0 {
			break
		}
		parts = append(parts, s[k+len(sep):])
		s = s[:k]
		maxsplit--
	}
	parts = append(parts, s)
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

// strSplitArgs parses (sep=None, maxsplit=-1).
func strSplitArgs(ts *Thread, name string, args []*Object, kwnames *Object) (sep *Object, maxsplit int, ok bool) {
	var a [2]*Object
	if !strParseArgs(ts, argsKw, "str", name, args, kwnames, []string{"sep", "maxsplit"}, 0, 2, a[:]) {
		return nil, 0, false
	}
	maxsplit = -1
	if a[1] != nil {
		v, ok := strSsizeArg(ts, a[1])
		if !ok {
			return nil, 0, false
		}
		if v < 0 || v > 1<<40 {
			v = -1
		}
		maxsplit = int(v)
	}
	if a[0] == nil {
		a[0] = None
	}
	return a[0], maxsplit, true
}

func strSplitMethod(name string, reverse bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		sepObj, maxsplit, ok := strSplitArgs(ts, name, args, kwnames)
		if !ok {
			return nil
		}
		s := StrValue(self)
		var parts []string
		if sepObj == None {
			if reverse {
				parts = strRSplitWhitespace(s, maxsplit, strUnicodeSpaceBefore)
			} else {
				parts = strSplitWhitespace(s, maxsplit, strUnicodeSpaceAt)
			}
		} else {
			sep := AsStr(sepObj)
			if sep == nil {
				return ts.Raisef(TypeError, "must be str or None, not %s", TypeName(sepObj))
			}
			if sep.n == 0 {
				return ts.Raise(ValueError, "empty separator")
			}
			if reverse {
				parts = strRSplitSep(s, sep.s, maxsplit)
			} else {
				parts = strSplitSep(s, sep.s, maxsplit)
			}
		}
		if len(parts) == 1 && parts[0] == s && self.typ == StrType {
			return strListOfSelf(ts, self)
		}
		return strListOfStrings(ts, parts)
	}
}

func strPartitionMethod(name string, reverse bool) MethodFn {
	return func(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if !strParseArgs(ts, argsOne, "str", name, args, kwnames, nil, 1, 1, nil) {
			return nil
		}
		sep := strArgStr(ts, args[0], "")
		if sep == nil {
			return nil
		}
		if sep.n == 0 {
			return ts.Raise(ValueError, "empty separator")
		}
		s := StrValue(self)
		var k int
		if reverse {
			k = strings.LastIndex(s, sep.s)
		} else {
			k = strings.Index(s, sep.s)
		}
		if k < 0 {
			if reverse {
				return NewTupleSteal(ts, NewRef(EmptyStr), NewRef(EmptyStr), strSelfCopy(ts, self))
			}
			return NewTupleSteal(ts, strSelfCopy(ts, self), NewRef(EmptyStr), NewRef(EmptyStr))
		}
		return NewTupleSteal(ts, NewStr(ts, s[:k]), strSelfCopy(ts, args[0]), NewStr(ts, s[k+len(sep.s):]))
	}
}

func strReplaceMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var a [3]*Object
	if !strParseArgs(ts, argsPos, "str", "replace", args, kwnames, nil, 2, 3, a[:]) {
		return nil
	}
	old := strArgStr(ts, a[0], "replace() argument 1 ")
	if old == nil {
		return nil
	}
	nw := strArgStr(ts, a[1], "replace() argument 2 ")
	if nw == nil {
		return nil
	}
	count := int64(-1)
	if a[2] != nil {
		var ok bool
		if count, ok = strSsizeArg(ts, a[2]); !ok {
			return nil
		}
	}
	s := AsStr(self)
	if count < 0 || count > int64(s.n)+1 {
		count = int64(s.n) + 1
	}
	if old.n == 0 {
		// Sizes grow by len(new) per insertion: refuse absurd results.
		if int64(len(nw.s))*count+int64(len(s.s)) > strMaxSize {
			return ts.RaiseNone(MemoryError)
		}
	}
	if count == 0 {
		return strSelfCopy(ts, self)
	}
	out := strReplaceText(s.s, old.s, nw.s, int(count))
	return strResult(ts, self, out)
}

// strReplaceText replaces up to count occurrences; an empty old inserts new
// before every code point and at the end.
func strReplaceText(s, old, nw string, count int) string {
	if old != "" {
		return strings.Replace(s, old, nw, count)
	}
	var b strings.Builder
	b.WriteString(nw)
	count--
	for i := 0; i < len(s); {
		size := strSeqLen(s[i])
		b.WriteString(s[i : i+size])
		i += size
		if count > 0 {
			b.WriteString(nw)
			count--
		} else {
			b.WriteString(s[i:])
			break
		}
	}
	return b.String()
}

func strJoinMethod(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsOne, "str", "join", args, kwnames, nil, 1, 1, nil) {
		return nil
	}
	return StrJoin(ts, self, args[0])
}

// StrJoin is sep.join(iterable).
func StrJoin(ts *Thread, sep, iterable *Object) *Object {
	items, ok := strFastSequence(ts, iterable, "can only join an iterable")
	if !ok {
		return nil
	}
	defer strReleaseItems(ts, items)
	if len(items) == 1 && items[0].typ == StrType {
		return NewRef(items[0])
	}
	sp := AsStr(sep)
	total, n := 0, 0
	kind := sp.kind
	for i, it := range items {
		s := AsStr(it)
		if s == nil {
			return ts.Raisef(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		total += len(s.s)
		n += s.n
		kind = max(kind, s.kind)
	}
	if len(items) > 1 {
		total += len(sp.s) * (len(items) - 1)
		n += sp.n * (len(items) - 1)
	}
	if !ts.PayloadFits(int64(total)) {
		return nil
	}
	var b strings.Builder
	b.Grow(total)
	for i, it := range items {
		if i > 0 {
			b.WriteString(sp.s)
		}
		b.WriteString(StrValue(it))
		if !ts.pollCount(i + 1) {
			return nil
		}
	}
	return newStrMeasured(ts, b.String(), n, kind)
}

// strFastSequence collects the items of an iterable (new references), as
// PySequence_Fast: a tuple's items directly, else by iteration. msg is the
// TypeError for a non-iterable.
func strFastSequence(ts *Thread, o *Object, msg string) ([]*Object, bool) {
	if t := AsTuple(o); t != nil {
		items := make([]*Object, len(t.items))
		for i, it := range t.items {
			items[i] = NewRef(it)
		}
		return items, true
	}
	if o.typ.Iter == nil && o.typ.GetItem == nil {
		ts.Raise(TypeError, msg)
		return nil, false
	}
	return ctrCollect(ts, o)
}

func strReleaseItems(ts *Thread, items []*Object) {
	for _, it := range items {
		Decref(ts, it)
	}
}

func strTranslate(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !strParseArgs(ts, argsOne, "str", "translate", args, kwnames, nil, 1, 1, nil) {
		return nil
	}
	table := args[0]
	s := StrValue(self)
	out := make([]byte, 0, len(s))
	changed := false
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		key := NewInt(ts, int64(r))
		v := GetItem(ts, table, key)
		Decref(ts, key)
		if v == nil {
			if ts.ErrMatches(LookupError) {
				ts.ClearErr()
				out = append(out, s[i:i+size]...)
				i += size
				continue
			}
			return nil
		}
		changed = true
		switch {
		case v == None:
		case AsInt(v) != nil:
			c, ok, _ := strIntValue(v)
			if !ok || c < 0 || c > 0x10ffff {
				Decref(ts, v)
				return ts.Raise(ValueError, "character mapping must be in range(0x110000)")
			}
			out = appendWTF8(out, rune(c))
		case AsStr(v) != nil:
			out = append(out, StrValue(v)...)
		default:
			Decref(ts, v)
			return ts.Raise(TypeError, "character mapping must return integer, None or str")
		}
		Decref(ts, v)
		i += size
	}
	if !changed {
		return strSelfCopy(ts, self)
	}
	return NewStr(ts, string(out))
}

// appendWTF8 appends the WTF-8 form of r.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(b, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

func strMakeTrans(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var a [3]*Object
	if !strParseArgs(ts, argsPos, "str", "maketrans", args, kwnames, nil, 1, 3, a[:]) {
		return nil
	}
	d := strNewDict(ts)
	if d == nil {
		return nil
	}
	fail := func() *Object { Decref(ts, d); return nil }
	if a[1] == nil {
		if !strIsDict(a[0]) {
			Decref(ts, d)
			return ts.Raise(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		ok := strDictEach(ts, a[0], func(k, v *Object) bool {
			if s := AsStr(k); s != nil {
				if s.n != 1 {
					ts.Raise(ValueError, "string keys in translate table must be of length 1")
					return false
				}
				key := NewInt(ts, int64(s.At(0)))
				r := SetItem(ts, d, key, v)
				Decref(ts, key)
				return r == 0
			}
			if AsInt(k) != nil {
				return SetItem(ts, d, k, v) == 0
			}
			ts.Raise(TypeError, "keys in translate table must be strings or integers")
			return false
		})
		if !ok {
			return fail()
		}
		return d
	}
	y := AsStr(a[1])
	if y == nil {
		Decref(ts, d)
		return ts.Raisef(TypeError, "maketrans() argument 2 must be str, not %s", strClinicTypeName(a[1]))
	}
	var z *Str
	if a[2] != nil {
		if z = AsStr(a[2]); z == nil {
			Decref(ts, d)
			return ts.Raisef(TypeError, "maketrans() argument 3 must be str, not %s", strClinicTypeName(a[2]))
		}
	}
	x := AsStr(a[0])
	if x == nil {
		Decref(ts, d)
		return ts.Raise(TypeError, "first maketrans argument must be a string if there is a second argument")
	}
	if x.n != y.n {
		Decref(ts, d)
		return ts.Raise(ValueError, "the first two maketrans arguments must have equal length")
	}
	xr, yr := x.Runes(), y.Runes()
	for i := range xr {
		k, v := NewInt(ts, int64(xr[i])), NewInt(ts, int64(yr[i]))
		r := SetItem(ts, d, k, v)
		Decref(ts, k)
		Decref(ts, v)
		if r < 0 {
			return fail()
		}
	}
	if z != nil {
		for _, c := range z.Runes() {
			k := NewInt(ts, int64(c))
			r := SetItem(ts, d, k, None)
			Decref(ts, k)
			if r < 0 {
				return fail()
			}
		}
	}
	return d
}

func strEncode(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	enc, errs, ok := strCodecArgs(ts, "str", "encode", args, kwnames)
	if !ok {
		return nil
	}
	return Encode(ts, self, enc, errs)
}

// strCodecArgs parses the (encoding='utf-8', errors='strict') arguments of
// str.encode and bytes/bytearray.decode (method is the name in messages).
func strCodecArgs(ts *Thread, typeName, method string, args []*Object, kwnames *Object) (enc, errs string, ok bool) {
	var a [2]*Object
	if !strParseArgs(ts, argsKw, typeName, method, args, kwnames, []string{"encoding", "errors"}, 0, 2, a[:]) {
		return "", "", false
	}
	enc, errs = "utf-8", "strict"
	for i, name := range [2]string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		if AsStr(a[i]) == nil {
			ts.Raisef(TypeError, "%s() argument '%s' must be str, not %s", method, name, strClinicTypeName(a[i]))
			return "", "", false
		}
		if i == 0 {
			enc = StrValue(a[i])
		} else {
			errs = StrValue(a[i])
		}
	}
	return enc, errs, true
}
