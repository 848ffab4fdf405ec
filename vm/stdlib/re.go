package stdlib

import (
	"strconv"
	"strings"
	"unsafe"

	"minipy/lang/literal"
	"minipy/lang/regex"
	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
)

// The native half of the re module (_re): the Pattern and Match types and
// the compiler entry, over the engine in lang/regex. The Python half
// (re_py.go) holds the flags, re.error, the compile cache and the
// module-level functions.
//
// A subject is matched as bytes when it is a bytes-like object or a str
// that is all ASCII (the text of such a str is its bytes), and as code
// points otherwise; a Pattern keeps the code points of the last non-ASCII
// str it matched, so that a loop of pattern.match(text, pos) over one
// long text decodes it once. The cache holds a reference to that str,
// dropped at the next match once it is the only one left (a text the
// program has dropped stays alive until that pattern's next call).

// rePattern is re.Pattern.
type rePattern struct {
	objects.GCObject
	pattern    *Object // the source, str or bytes
	groupindex *Object // dict name -> number, made on first use
	re         *regex.Regexp
	flags      int
	isBytes    bool
	lastSubj   *Object // the str whose code points lastRunes holds (owned)
	lastRunes  []rune
}

// reMatch is re.Match.
type reMatch struct {
	objects.GCObject
	str, pat    *Object // the subject and the Pattern (owned)
	caps        []int   // capsArr's storage when it fits (most patterns)
	capsArr     [8]int
	pos, endpos int
	lastindex   int
}

// reIter is finditer's iterator.
type reIter struct {
	objects.GCObject
	str, pat    *Object
	view        *Object // a memoryview holding a bytearray subject's buffer
	start       int     // finditer's pos
	pos, endpos int
	mustAdvance bool
	done        bool
}

var (
	patternC = alloc.NewClass[rePattern]("re.Pattern")
	matchC   = alloc.NewClass[reMatch]("re.Match")
	reIterC  = alloc.NewClass[reIter]("callable_iterator")

	// PatternType is re.Pattern.
	PatternType = &objects.Type{Name: "re.Pattern", QualName: "Pattern", Module: "re", Flags: objects.FlagHaveGC}
	// MatchType is re.Match.
	MatchType  = &objects.Type{Name: "re.Match", QualName: "Match", Module: "re", Flags: objects.FlagHaveGC}
	reIterType = &objects.Type{Name: "callable_iterator", Module: "builtins", Flags: objects.FlagHaveGC}

	scannerC    = alloc.NewClass[reIter]("_sre.SRE_Scanner")
	scannerType = &objects.Type{Name: "_sre.SRE_Scanner", QualName: "SRE_Scanner", Module: "_sre", Flags: objects.FlagHaveGC}
)

func asPattern(o *Object) *rePattern { return (*rePattern)(ptr(o)) }
func asMatch(o *Object) *reMatch     { return (*reMatch)(ptr(o)) }
func asReIter(o *Object) *reIter     { return (*reIter)(ptr(o)) }

var reDefs []*objects.MethodDef

func newUnderReModule(th *vm.Thread) *Object {
	return makeModule(th, "_re", "", reDefs, map[string]*Object{
		"Pattern":   objects.NewRef(PatternType.TypeObject()),
		"Match":     objects.NewRef(MatchType.TypeObject()),
		"MAXREPEAT": objects.NewInt(th.TS, regex.MaxRepeat+1),
		"MAXGROUPS": objects.NewInt(th.TS, 1<<30-1),
	})
}

// ---- subjects ----

// subject is a string being matched, seen as bytes or code points.
type subject struct {
	obj   *Object // borrowed
	isStr bool
	wide  bool   // a str that is not all ASCII
	b     []byte // bytes, or an ASCII str's text
	r     []rune // a wide str's code points (nil when not needed)
	n     int
}

func (p *rePattern) subjectOf(ts *objects.Thread, o *Object) (subject, bool) {
	return p.subjectFor(ts, o, true)
}

// subjectFor is subjectOf; runes says whether a wide str's code points
// are needed (to match it: yes; to slice a Match's groups: no).
func (p *rePattern) subjectFor(ts *objects.Thread, o *Object, runes bool) (subject, bool) {
	if o.Type().IsSubtype(objects.StrType) {
		if p.isBytes {
			ts.Raise(objects.TypeError, "cannot use a bytes pattern on a string-like object")
			return subject{}, false
		}
		s := objects.StrValue(o)
		n := objects.AsStr(o).Len()
		sub := subject{obj: o, isStr: true, n: n}
		if len(s) == n {
			sub.b = unsafe.Slice(unsafe.StringData(s), len(s))
			return sub, true
		}
		sub.wide = true
		if !runes {
			return sub, true
		}
		if p.lastSubj != o {
			objects.XDecref(ts, p.lastSubj)
			p.lastSubj = objects.NewRef(o)
			p.lastRunes = objects.AsStr(o).Runes()
		}
		sub.r = p.lastRunes
		return sub, true
	}
	b, ok := objects.BufferBytes(o)
	if !ok {
		ts.Raisef(objects.TypeError, "expected string or bytes-like object, got '%s'", objects.TypeName(o))
		return subject{}, false
	}
	if !p.isBytes {
		ts.Raise(objects.TypeError, "cannot use a string pattern on a bytes-like object")
		return subject{}, false
	}
	return subject{obj: o, b: b, n: len(b)}, true
}

// clip bounds a span to the subject as it is now: a bytearray may have
// shrunk since it was matched (CPython clips too).
func (s *subject) clip(a, b int) (int, int) {
	a, b = min(max(a, 0), s.n), min(max(b, 0), s.n)
	return a, max(a, b)
}

// slice returns s[a:b] as a new str or bytes.
func (s *subject) slice(ts *objects.Thread, a, b int) *Object {
	a, b = s.clip(a, b)
	if s.isStr {
		if !s.wide {
			if a == 0 && b == s.n && s.obj.Type() == objects.StrType {
				return objects.NewRef(s.obj)
			}
			return objects.NewStr(ts, string(s.b[a:b]))
		}
		return objects.StrSubstr(ts, s.obj, a, b)
	}
	if a == 0 && b == s.n && s.obj.Type() == objects.BytesType {
		return objects.NewRef(s.obj)
	}
	return objects.NewBytes(ts, s.b[a:b])
}

func (s *subject) empty() *Object {
	if s.isStr {
		return objects.NewRef(objects.EmptyStr)
	}
	return objects.NewRef(objects.EmptyBytes)
}

// match runs the engine; ok false and no exception: no match.
func (p *rePattern) match(ts *objects.Thread, s *subject, pos, end int, mode regex.Mode, mustAdvance bool, caps []int) (int, bool, bool) {
	th := ts.Owner.(*vm.Thread)
	opt := regex.Options{Mode: mode, MustAdvance: mustAdvance, Poll: th}
	var last int
	var ok bool
	var err error
	if s.r != nil {
		last, ok, err = p.re.MatchRunes(s.r, pos, end, &opt, caps)
	} else {
		last, ok, err = p.re.MatchBytes(s.b, pos, end, &opt, caps)
	}
	if p.lastSubj != nil && p.lastSubj.Refcnt() == 1 {
		// Only the cache holds the text now: nobody can pass it again.
		objects.Clear(ts, &p.lastSubj)
		p.lastRunes = nil
	}
	if err != nil {
		if !ts.Occurred() {
			ts.RaiseNone(objects.KeyboardInterrupt)
		}
		return 0, false, false
	}
	return last, ok, true
}

// clampPos is CPython's adjustment of pos and endpos.
func clampPos(pos, end, n int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if end < 0 {
		end = 0
	} else if end > n {
		end = n
	}
	return pos, end
}

func newMatch(ts *objects.Thread, pat *Object, s *subject, caps []int, pos, end, last int) *Object {
	m := objects.NewObject(ts, matchC, MatchType)
	m.str = objects.NewRef(s.obj)
	m.pat = objects.NewRef(pat)
	if len(caps) <= len(m.capsArr) {
		m.caps = m.capsArr[:len(caps)]
	} else {
		m.caps = make([]int, len(caps))
		ts.Heap().Charge(cap(m.caps) * wordSize)
	}
	copy(m.caps, caps)
	m.pos, m.endpos, m.lastindex = pos, end, last
	objects.GCTrack(ts, &m.Object)
	return &m.Object
}

// ---- the compiler entry ----

// reErrorType is re.error (a new reference), found through sys.modules:
// the class is defined by the Python half of the module.
func reErrorType(ts *objects.Thread) *Object {
	th := ts.Owner.(*vm.Thread)
	if mods := th.Interp.Modules; mods != nil {
		if m := objects.DictGetItemStr(ts, mods, "re"); m != nil {
			if e := objects.GetAttrString(ts, m, "error"); e != nil {
				return e
			}
			ts.ClearErr()
		}
	}
	return objects.NewRef(objects.ValueError.TypeObject())
}

// reCompile is _re.compile(pattern, flags).
func reCompile(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckArgs(ts, "compile", args, kw, 2, 2) {
		return nil
	}
	src, fo := args[0], args[1]
	fl, ok := objects.IndexValue(ts, fo, objects.OverflowError)
	if !ok {
		return nil
	}
	var rs []rune
	isBytes := false
	if src.Type().IsSubtype(objects.StrType) {
		rs = objects.AsStr(src).Runes()
	} else if b, ok := objects.BufferBytes(src); ok && src.Type().IsSubtype(objects.BytesType) {
		isBytes = true
		rs = make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
	} else {
		ts.Raise(objects.TypeError, "first argument must be string or compiled pattern")
		return nil
	}
	re, cerr := regex.Compile(rs, isBytes, regex.Flags(fl))
	if cerr != nil {
		switch cerr.Kind {
		case "ValueError":
			ts.Raise(objects.ValueError, cerr.Msg)
		case "OverflowError":
			ts.Raise(objects.OverflowError, cerr.Msg)
		case "RecursionError":
			ts.Raise(objects.RecursionError, "maximum recursion depth exceeded")
		default:
			msg := objects.NewStr(ts, cerr.Msg)
			errType := reErrorType(ts)
			var e *Object
			if cerr.Pos >= 0 {
				pos := objects.NewInt(ts, int64(cerr.Pos))
				e = objects.Call(ts, errType, []*Object{msg, src, pos}, nil)
				objects.Decref(ts, pos)
			} else {
				// CPython's compiler (not its parser) raises these, with
				// no pattern or position.
				e = objects.Call(ts, errType, []*Object{msg}, nil)
			}
			objects.Decref(ts, errType)
			objects.Decref(ts, msg)
			if e != nil {
				ts.SetErrSteal(e)
			}
		}
		return nil
	}
	p := objects.NewObject(ts, patternC, PatternType)
	p.pattern = objects.NewRef(src)
	p.re = re
	p.flags = int(re.Flags)
	p.isBytes = isBytes
	objects.GCTrack(ts, &p.Object)
	return &p.Object
}

// ---- Pattern ----

func parseSPE(ts *objects.Thread, name string, args []*Object, kw *Object) (string_ *Object, pos, end int, ok bool) {
	var so, po, eo *Object
	if !objects.ParseArgs(ts, name, args, kw, []string{"string", "pos", "endpos"}, 1, &so, &po, &eo) {
		return nil, 0, 0, false
	}
	if pos, ok = optIndex(ts, po, 0); !ok {
		return nil, 0, 0, false
	}
	if end, ok = optIndex(ts, eo, int(^uint(0)>>1)); !ok {
		return nil, 0, 0, false
	}
	return so, pos, end, true
}

// optIndex is an optional integer argument (pos, endpos, maxsplit,
// count): def when absent, OverflowError past a Go int.
func optIndex(ts *objects.Thread, o *Object, def int) (int, bool) {
	if o == nil {
		return def, true
	}
	return objects.IndexValue(ts, o, objects.OverflowError)
}

func patternMatchMode(name string, mode regex.Mode) objects.MethodFn {
	return func(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
		so, pos, end, ok := parseSPE(ts, name, args, kw)
		if !ok {
			return nil
		}
		p := asPattern(self)
		s, ok := p.subjectOf(ts, so)
		if !ok {
			return nil
		}
		pos, end = clampPos(pos, end, s.n)
		var buf [16]int
		caps := capsBuf(buf[:], p)
		last, found, ok := p.match(ts, &s, pos, end, mode, false, caps)
		if !ok {
			return nil
		}
		if !found {
			return objects.NewRef(objects.None)
		}
		return newMatch(ts, self, &s, caps, pos, end, last)
	}
}

func capsBuf(buf []int, p *rePattern) []int {
	n := 2 * (p.re.Groups + 1)
	if n <= len(buf) {
		return buf[:n]
	}
	return make([]int, n)
}

// groupValue is group g of a match as a new reference (def when unset).
func groupValue(ts *objects.Thread, s *subject, caps []int, g int, def *Object) *Object {
	a, b := caps[2*g], caps[2*g+1]
	if a < 0 || b < 0 {
		return objects.NewRef(def)
	}
	return s.slice(ts, a, b)
}

func patternFindall(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	so, pos, end, ok := parseSPE(ts, "findall", args, kw)
	if !ok {
		return nil
	}
	p := asPattern(self)
	s, ok := p.subjectOf(ts, so)
	if !ok {
		return nil
	}
	pos, end = clampPos(pos, end, s.n)
	list := objects.NewList(ts)
	if list == nil {
		return nil
	}
	var buf [16]int
	caps := capsBuf(buf[:], p)
	must := false
	ng := p.re.Groups
	for pos <= end {
		_, found, ok := p.match(ts, &s, pos, end, regex.Search, must, caps)
		if !ok {
			objects.Decref(ts, list)
			return nil
		}
		if !found {
			break
		}
		var item *Object
		switch ng {
		case 0:
			item = s.slice(ts, caps[0], caps[1])
		case 1:
			item = groupValueEmpty(ts, &s, caps, 1)
		default:
			items := make([]*Object, ng)
			for g := 1; g <= ng; g++ {
				items[g-1] = groupValueEmpty(ts, &s, caps, g)
			}
			item = objects.NewTupleSteal(ts, items...)
		}
		if item == nil || objects.ListAppend(ts, list, item) < 0 {
			objects.XDecref(ts, item)
			objects.Decref(ts, list)
			return nil
		}
		objects.Decref(ts, item)
		must = caps[1] == caps[0]
		pos = caps[1]
	}
	return list
}

func groupValueEmpty(ts *objects.Thread, s *subject, caps []int, g int) *Object {
	a, b := caps[2*g], caps[2*g+1]
	if a < 0 || b < 0 {
		return s.empty()
	}
	return s.slice(ts, a, b)
}

func patternFinditer(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	return newReCursor(ts, "finditer", reIterC, reIterType, self, args, kw)
}

// newReCursor makes the iterator of finditer or the scanner of scanner
// (one layout, reIter): the subject held (and its buffer, for a
// bytearray), the search starting at pos.
func newReCursor(ts *objects.Thread, name string, c *alloc.Class[reIter], t *objects.Type, self *Object, args []*Object, kw *Object) *Object {
	so, pos, end, ok := parseSPE(ts, name, args, kw)
	if !ok {
		return nil
	}
	p := asPattern(self)
	s, ok := p.subjectOf(ts, so)
	if !ok {
		return nil
	}
	pos, end = clampPos(pos, end, s.n)
	it := objects.NewObject(ts, c, t)
	it.str = objects.NewRef(so)
	it.pat = objects.NewRef(self)
	it.start, it.pos, it.endpos = pos, pos, end
	holdBuffer(ts, it, so)
	objects.GCTrack(ts, &it.Object)
	return &it.Object
}

func reIterNext(ts *objects.Thread, o *Object) *Object {
	return reIterStep(ts, o, regex.Search)
}

// reIterStep is the next match of finditer's iterator or of a scanner
// (mode Search or Match); nil without an exception: no more.
func reIterStep(ts *objects.Thread, o *Object, mode regex.Mode) *Object {
	it := asReIter(o)
	if it.done || it.pos > it.endpos {
		return nil
	}
	p := asPattern(it.pat)
	s, ok := p.subjectOf(ts, it.str)
	if !ok {
		return nil
	}
	// A bytearray may have shrunk since.
	end := min(it.endpos, s.n)
	var buf [16]int
	caps := capsBuf(buf[:], p)
	last, found, ok := p.match(ts, &s, it.pos, end, mode, it.mustAdvance, caps)
	if !ok {
		return nil
	}
	if !found {
		it.done = true
		return nil
	}
	it.mustAdvance = caps[1] == caps[0]
	it.pos = caps[1]
	// A match reports the pos and endpos finditer was given.
	return newMatch(ts, it.pat, &s, caps, it.start, it.endpos, last)
}

// holdBuffer keeps a bytearray subject's buffer exported while the
// iterator lives, as CPython's scanner state does (resizing it is then a
// BufferError).
func holdBuffer(ts *objects.Thread, it *reIter, so *Object) {
	if objects.AsByteArray(so) != nil {
		it.view = objects.NewMemoryView(ts, so)
		if it.view == nil {
			ts.ClearErr()
		}
	}
}

// patternScanner is Pattern.scanner(string, pos, endpos): an object whose
// match() and search() give the successive matches.
func patternScanner(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	return newReCursor(ts, "scanner", scannerC, scannerType, self, args, kw)
}

func scannerMethod(mode regex.Mode) objects.MethodFn {
	return func(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoArgs(ts, "match", args, kw) {
			return nil
		}
		r := reIterStep(ts, self, mode)
		if r == nil {
			if ts.Occurred() {
				return nil
			}
			asReIter(self).done = true
			return objects.NewRef(objects.None)
		}
		return r
	}
}

func patternSplit(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	var so, mo *Object
	if !objects.ParseArgs(ts, "split", args, kw, []string{"string", "maxsplit"}, 1, &so, &mo) {
		return nil
	}
	maxsplit, ok := optIndex(ts, mo, 0)
	if !ok {
		return nil
	}
	p := asPattern(self)
	s, ok := p.subjectOf(ts, so)
	if !ok {
		return nil
	}
	list := objects.NewList(ts)
	if list == nil {
		return nil
	}
	var buf [16]int
	caps := capsBuf(buf[:], p)
	pos, last, n := 0, 0, 0
	must := false
	add := func(item *Object) bool {
		if item == nil || objects.ListAppend(ts, list, item) < 0 {
			objects.XDecref(ts, item)
			return false
		}
		objects.Decref(ts, item)
		return true
	}
	for maxsplit == 0 || n < maxsplit {
		_, found, ok := p.match(ts, &s, pos, s.n, regex.Search, must, caps)
		if !ok {
			objects.Decref(ts, list)
			return nil
		}
		if !found {
			break
		}
		if !add(s.slice(ts, last, caps[0])) {
			objects.Decref(ts, list)
			return nil
		}
		for g := 1; g <= p.re.Groups; g++ {
			if !add(groupValue(ts, &s, caps, g, objects.None)) {
				objects.Decref(ts, list)
				return nil
			}
		}
		n++
		last = caps[1]
		must = caps[1] == caps[0]
		pos = caps[1]
	}
	if !add(s.slice(ts, last, s.n)) {
		objects.Decref(ts, list)
		return nil
	}
	return list
}

// ---- templates (sub's replacement strings, Match.expand) ----

// tmplPart is a literal (lit) or a group reference (group >= 0).
type tmplPart struct {
	lit   string // str: UTF-8 (WTF-8) text; bytes: raw bytes
	group int
}

// parseTemplate reads a replacement template; nil parts and false mean an
// exception is set.
func parseTemplate(ts *objects.Thread, p *rePattern, repl *Object) ([]tmplPart, bool) {
	var rs []rune
	if !repl.Type().IsSubtype(objects.StrType) {
		b, _ := objects.BufferBytes(repl)
		rs = make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
	} else {
		rs = objects.AsStr(repl).Runes()
	}
	var parts []tmplPart
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			parts = append(parts, tmplPart{lit: runesText(lit, p.isBytes), group: -1})
			lit = lit[:0]
		}
	}
	fail := func(msg string, pos int) ([]tmplPart, bool) {
		reRaiseError(ts, msg, repl, pos)
		return nil, false
	}
	addGroup := func(g int) {
		flush()
		parts = append(parts, tmplPart{group: g})
	}
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '\\' {
			lit = append(lit, c)
			continue
		}
		start := i
		i++
		if i >= len(rs) {
			return fail("bad escape (end of pattern)", start)
		}
		c = rs[i]
		switch {
		case c == 'g':
			i++
			if i >= len(rs) || rs[i] != '<' {
				return fail("missing <", i)
			}
			i++
			j := i
			for i < len(rs) && rs[i] != '>' {
				i++
			}
			if i >= len(rs) {
				if j == len(rs) {
					return fail("missing group name", j)
				}
				return fail("missing >, unterminated name", j)
			}
			name := string(rs[j:i])
			if name == "" {
				return fail("missing group name", j)
			}
			var g int
			if isASCIIDigits(name) {
				v, err := strconv.Atoi(name)
				if err != nil || v > p.re.Groups {
					return fail("invalid group reference "+name, j)
				}
				g = v
			} else {
				if !objects.StrIsIdentifier(name) {
					return fail("bad character in group name "+literal.QuoteStr(name), j)
				}
				v, ok := p.re.Names[name]
				if !ok {
					ts.Raisef(objects.IndexError, "unknown group name %s", literal.QuoteStr(name))
					return nil, false
				}
				g = v
			}
			addGroup(g)
		case c == '0':
			v := rune(0)
			for k := 0; k < 2 && i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '7'; k++ {
				i++
				v = v*8 + rs[i] - '0'
			}
			lit = append(lit, v)
		case c >= '1' && c <= '9':
			if c <= '7' && i+2 < len(rs) && isOct(rs[i+1]) && isOct(rs[i+2]) {
				v := (c-'0')*64 + (rs[i+1]-'0')*8 + rs[i+2] - '0'
				i += 2
				if v > 0o377 {
					return fail("octal escape value "+string(rs[start:i+1])+" outside of range 0-0o377", start)
				}
				lit = append(lit, v)
				continue
			}
			g := int(c - '0')
			if i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '9' {
				i++
				g = g*10 + int(rs[i]-'0')
			}
			if g > p.re.Groups {
				return fail("invalid group reference "+strconv.Itoa(g), start+1)
			}
			addGroup(g)
		default:
			if e, ok := templateEscapes[c]; ok {
				lit = append(lit, e)
			} else if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
				return fail("bad escape \\"+string(c), start)
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	flush()
	return parts, true
}

var templateEscapes = map[rune]rune{'a': 7, 'b': 8, 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}

func isOct(c rune) bool { return c >= '0' && c <= '7' }

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// runesText is the text of a template literal: WTF-8 for str, one byte
// per code point for bytes.
func runesText(rs []rune, isBytes bool) string {
	if isBytes {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return string(b)
	}
	var sb strings.Builder
	for _, r := range rs {
		sb.Write(literal.AppendRune(nil, r))
	}
	return sb.String()
}

func reRaiseError(ts *objects.Thread, msg string, pattern *Object, pos int) {
	m := objects.NewStr(ts, msg)
	po := objects.NewInt(ts, int64(pos))
	errType := reErrorType(ts)
	e := objects.Call(ts, errType, []*Object{m, pattern, po}, nil)
	objects.Decref(ts, errType)
	objects.Decref(ts, m)
	objects.Decref(ts, po)
	if e != nil {
		ts.SetErrSteal(e)
	}
}

// expandInto appends the template's expansion for a match to sb.
func expandInto(ts *objects.Thread, sb *[]byte, parts []tmplPart, s *subject, caps []int) {
	for _, pt := range parts {
		if pt.group < 0 {
			*sb = append(*sb, pt.lit...)
			continue
		}
		a, b := caps[2*pt.group], caps[2*pt.group+1]
		if a >= 0 && b >= 0 {
			s.appendText(ts, sb, a, b)
		}
	}
}

// appendText appends s[a:b]'s text (WTF-8 or bytes).
func (s *subject) appendText(ts *objects.Thread, sb *[]byte, a, b int) {
	a, b = s.clip(a, b)
	if s.wide {
		if s.r != nil {
			for _, r := range s.r[a:b] {
				*sb = literal.AppendRune(*sb, r)
			}
			return
		}
		// A Match's subject, not decoded: go through a substring.
		if sub := objects.StrSubstr(ts, s.obj, a, b); sub != nil {
			*sb = append(*sb, objects.StrValue(sub)...)
			objects.Decref(ts, sub)
		}
		return
	}
	*sb = append(*sb, s.b[a:b]...)
}

// subTextResult makes the result of sub from its text.
func (s *subject) fromText(ts *objects.Thread, text []byte) *Object {
	if s.isStr {
		return objects.NewStr(ts, string(text))
	}
	return objects.NewBytes(ts, text)
}

// patternSubx is sub and subn: repl is a template or a callable.
func patternSubx(ts *objects.Thread, self *Object, args []*Object, kw *Object, name string, withCount bool) *Object {
	var ro, so, co *Object
	if !objects.ParseArgs(ts, name, args, kw, []string{"repl", "string", "count"}, 2, &ro, &so, &co) {
		return nil
	}
	count, ok := optIndex(ts, co, 0)
	if !ok {
		return nil
	}
	p := asPattern(self)
	s, ok := p.subjectOf(ts, so)
	if !ok {
		return nil
	}
	var parts []tmplPart
	callable, mismatch := false, false
	_, isBuf := objects.BufferBytes(ro)
	switch {
	case ro.Type().IsSubtype(objects.StrType) || isBuf:
		if parts, ok = parseTemplate(ts, p, ro); !ok {
			return nil
		}
		// A str template for a bytes pattern (or the reverse) fails as
		// CPython's join of the pieces does, at the first match.
		mismatch = ro.Type().IsSubtype(objects.StrType) == p.isBytes
	case objects.IsCallable(ro):
		callable = true
	default:
		ts.Raisef(objects.TypeError, "decoding to str: need a bytes-like object, %s found", objects.TypeName(ro))
		return nil
	}
	if count < 0 {
		return subResult(ts, s.slice(ts, 0, s.n), 0, withCount)
	}
	if callable && objects.AsByteArray(so) != nil {
		// As CPython, the subject's buffer is held while the function
		// runs: resizing the bytearray from it is a BufferError.
		view := objects.NewMemoryView(ts, so)
		if view == nil {
			return nil
		}
		defer objects.Decref(ts, view) // its dealloc releases the export
	}
	var buf [16]int
	caps := capsBuf(buf[:], p)
	var text []byte
	var pieces []*Object // the callable case: pieces joined at the end
	release := func() { decrefAll(ts, pieces) }
	pos, last, n := 0, 0, 0
	must := false
	for count <= 0 || n < count {
		li, found, ok := p.match(ts, &s, pos, s.n, regex.Search, must, caps)
		if !ok {
			release()
			return nil
		}
		if !found {
			break
		}
		if mismatch {
			want, got := "str instance", "bytes"
			if p.isBytes {
				want, got = "a bytes-like object", "str"
			}
			item := 0
			if caps[0] > 0 {
				item = 1
			}
			ts.Raisef(objects.TypeError, "sequence item %d: expected %s, %s found", item, want, got)
			return nil
		}
		if callable {
			if last < caps[0] {
				pieces = append(pieces, s.slice(ts, last, caps[0]))
			}
			m := newMatch(ts, self, &s, caps, 0, s.n, li)
			r := objects.CallOneArg(ts, ro, m)
			objects.Decref(ts, m)
			if r == nil {
				release()
				return nil
			}
			if r == objects.None {
				objects.Decref(ts, r)
			} else {
				pieces = append(pieces, r)
			}
			// The callable may have changed a bytearray subject.
			if s, ok = p.subjectOf(ts, so); !ok {
				release()
				return nil
			}
		} else {
			s.appendText(ts, &text, last, caps[0])
			expandInto(ts, &text, parts, &s, caps)
		}
		n++
		last = caps[1]
		must = caps[1] == caps[0]
		pos = caps[1]
	}
	var res *Object
	if callable {
		if last < s.n {
			pieces = append(pieces, s.slice(ts, last, s.n))
		}
		list := objects.NewListSteal(ts, pieces)
		pieces = nil
		sep := s.empty()
		res = objects.CallMethod(ts, sep, "join", list)
		objects.Decref(ts, sep)
		objects.Decref(ts, list)
		if res == nil {
			return nil
		}
	} else if n == 0 {
		res = s.slice(ts, 0, s.n)
		if !s.isStr && s.obj.Type() != objects.BytesType {
			objects.Decref(ts, res)
			res = objects.NewBytes(ts, s.b)
		}
	} else {
		s.appendText(ts, &text, last, s.n)
		res = s.fromText(ts, text)
	}
	return subResult(ts, res, n, withCount)
}

// subResult is sub's result (res stolen), or subn's (res, n).
func subResult(ts *objects.Thread, res *Object, n int, withCount bool) *Object {
	if res == nil || !withCount {
		return res
	}
	return objects.NewTupleSteal(ts, res, objects.NewInt(ts, int64(n)))
}

func patternRepr(ts *objects.Thread, o *Object) *Object {
	p := asPattern(o)
	r := objects.Repr(ts, p.pattern)
	if r == nil {
		return nil
	}
	pr, n := objects.StrValue(r), objects.AsStr(r).Len()
	objects.Decref(ts, r)
	if n > 200 {
		pr = string([]rune(pr)[:200])
	}
	flags := p.flags
	if !p.isBytes && flags&(int(regex.FlagLocale|regex.FlagUnicode|regex.FlagASCII)) == int(regex.FlagUnicode) {
		flags &^= int(regex.FlagUnicode)
	}
	if flags == 0 {
		return objects.NewStr(ts, "re.compile("+pr+")")
	}
	names := []struct {
		name string
		bit  int
	}{{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8}, {"re.DOTALL", 16},
		{"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256}}
	var fs []string
	for _, nb := range names {
		if flags&nb.bit != 0 {
			fs = append(fs, nb.name)
			flags &^= nb.bit
		}
	}
	if flags != 0 {
		fs = append(fs, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	return objects.NewStr(ts, "re.compile("+pr+", "+strings.Join(fs, "|")+")")
}

func patternGroupindex(ts *objects.Thread, o *Object) *Object {
	p := asPattern(o)
	if p.groupindex == nil {
		d := objects.NewDict(ts)
		if d == nil {
			return nil
		}
		// In group order, as CPython's dict.
		for g, name := range p.re.ByNumber {
			if name == "" {
				continue
			}
			v := objects.NewInt(ts, int64(g))
			if objects.DictSetItemStr(ts, d, name, v) < 0 {
				objects.Decref(ts, v)
				objects.Decref(ts, d)
				return nil
			}
			objects.Decref(ts, v)
		}
		p.groupindex = d
	}
	return objects.NewMappingProxy(ts, p.groupindex)
}

// ---- Match ----

// matchSubject re-reads a match's subject (a bytearray's bytes may have
// moved since the match).
func matchSubject(ts *objects.Thread, m *reMatch) (subject, bool) {
	return asPattern(m.pat).subjectFor(ts, m.str, false)
}

// groupIndex resolves a group argument: anything with __index__ is a
// number, a str a name.
func groupIndex(ts *objects.Thread, m *reMatch, g *Object) (int, bool) {
	p := asPattern(m.pat)
	if g.Type().IsSubtype(objects.IntType) || (g.Type().Index != nil && !g.Type().IsSubtype(objects.StrType)) {
		v, ok := objects.IndexValue(ts, g, nil)
		if !ok {
			return 0, false
		}
		if v >= 0 && v <= p.re.Groups {
			return v, true
		}
	} else if g.Type().IsSubtype(objects.StrType) {
		if v, ok := p.re.Names[objects.StrValue(g)]; ok {
			return v, true
		}
	}
	ts.Raise(objects.IndexError, "no such group")
	return 0, false
}

func matchGroupObj(ts *objects.Thread, m *reMatch, s *subject, g *Object, def *Object) *Object {
	i, ok := groupIndex(ts, m, g)
	if !ok {
		return nil
	}
	return groupValue(ts, s, m.caps, i, def)
}

func matchGroup(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	if !objects.CheckNoKw(ts, "group", kw) {
		return nil
	}
	m := asMatch(self)
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	switch len(args) {
	case 0:
		return groupValue(ts, &s, m.caps, 0, objects.None)
	case 1:
		return matchGroupObj(ts, m, &s, args[0], objects.None)
	}
	items := make([]*Object, len(args))
	for i, a := range args {
		if items[i] = matchGroupObj(ts, m, &s, a, objects.None); items[i] == nil {
			decrefAll(ts, items)
			return nil
		}
	}
	return objects.NewTupleSteal(ts, items...)
}

func matchGetItem(ts *objects.Thread, self, key *Object) *Object {
	m := asMatch(self)
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	return matchGroupObj(ts, m, &s, key, objects.None)
}

func matchGroups(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	def := objects.None
	if !objects.ParseArgs(ts, "groups", args, kw, []string{"default"}, 0, &def) {
		return nil
	}
	m := asMatch(self)
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	ng := asPattern(m.pat).re.Groups
	items := make([]*Object, ng)
	for g := 1; g <= ng; g++ {
		if items[g-1] = groupValue(ts, &s, m.caps, g, def); items[g-1] == nil {
			decrefAll(ts, items)
			return nil
		}
	}
	return objects.NewTupleSteal(ts, items...)
}

func matchGroupdict(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	def := objects.None
	if !objects.ParseArgs(ts, "groupdict", args, kw, []string{"default"}, 0, &def) {
		return nil
	}
	m := asMatch(self)
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	p := asPattern(m.pat)
	d := objects.NewDict(ts)
	for g, name := range p.re.ByNumber {
		if name == "" {
			continue
		}
		v := groupValue(ts, &s, m.caps, g, def)
		if v == nil || objects.DictSetItemStr(ts, d, name, v) < 0 {
			objects.XDecref(ts, v)
			objects.Decref(ts, d)
			return nil
		}
		objects.Decref(ts, v)
	}
	return d
}

// matchSpanPart is start (0), end (1) or span (2).
func matchSpanPart(name string, part int) objects.MethodFn {
	return func(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
		if !objects.CheckNoKw(ts, name, kw) || !objects.CheckArgsOld(ts, name, args, kw, 0, 1) {
			return nil
		}
		m := asMatch(self)
		g := 0
		if len(args) == 1 {
			var ok bool
			if g, ok = groupIndex(ts, m, args[0]); !ok {
				return nil
			}
		}
		a, b := m.caps[2*g], m.caps[2*g+1]
		if a < 0 || b < 0 {
			a, b = -1, -1
		}
		switch part {
		case 0:
			return objects.NewInt(ts, int64(a))
		case 1:
			return objects.NewInt(ts, int64(b))
		}
		return objects.NewTupleSteal(ts, objects.NewInt(ts, int64(a)), objects.NewInt(ts, int64(b)))
	}
}

func matchExpand(ts *objects.Thread, self *Object, args []*Object, kw *Object) *Object {
	var tmpl *Object
	if !objects.ParseArgs(ts, "expand", args, kw, []string{"template"}, 1, &tmpl) {
		return nil
	}
	m := asMatch(self)
	p := asPattern(m.pat)
	if tmpl.Type().IsSubtype(objects.StrType) == p.isBytes {
		if p.isBytes {
			ts.Raisef(objects.TypeError, "expected a bytes-like object, %s found", objects.TypeName(tmpl))
		} else {
			ts.Raisef(objects.TypeError, "expected str instance, %s found", objects.TypeName(tmpl))
		}
		return nil
	}
	parts, ok := parseTemplate(ts, p, tmpl)
	if !ok {
		return nil
	}
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	var text []byte
	expandInto(ts, &text, parts, &s, m.caps)
	// CPython joins the pieces with string[:0]: a bytearray subject gives
	// a bytearray, a memoryview one cannot join.
	if objects.AsByteArray(m.str) != nil {
		return objects.NewByteArray(ts, text)
	}
	if !s.isStr && m.str.Type() != objects.BytesType && !m.str.Type().IsSubtype(objects.BytesType) {
		ts.Raisef(objects.AttributeError, "'%s' object has no attribute 'join'", objects.TypeName(m.str))
		return nil
	}
	return s.fromText(ts, text)
}

func matchRepr(ts *objects.Thread, o *Object) *Object {
	m := asMatch(o)
	s, ok := matchSubject(ts, m)
	if !ok {
		return nil
	}
	g := groupValue(ts, &s, m.caps, 0, objects.None)
	if g == nil {
		return nil
	}
	r, ok := reprStr(ts, g)
	objects.Decref(ts, g)
	if !ok {
		return nil
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return objects.NewStr(ts, "<re.Match object; span=("+strconv.Itoa(m.caps[0])+", "+strconv.Itoa(m.caps[1])+"), match="+r+">")
}

func init() {
	objects.SetLayout(PatternType, patternC, false)
	objects.SetLayout(MatchType, matchC, false)
	objects.SetLayout(reIterType, reIterC, false)
	objects.SetLayout(scannerType, scannerC, false)

	PatternType.Dealloc = func(ts *objects.Thread, o *Object) {
		p := asPattern(o)
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &p.pattern)
		objects.Clear(ts, &p.groupindex)
		objects.Clear(ts, &p.lastSubj)
		p.lastRunes, p.re = nil, nil
		objects.FreeObject(ts, patternC, p)
	}
	PatternType.Traverse = func(o *Object, v objects.Visitor) {
		p := asPattern(o)
		for _, x := range [...]*Object{p.pattern, p.groupindex, p.lastSubj} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	PatternType.Clear = func(ts *objects.Thread, o *Object) {
		p := asPattern(o)
		objects.Clear(ts, &p.groupindex)
		objects.Clear(ts, &p.lastSubj)
		p.lastRunes = nil
	}
	PatternType.Repr = patternRepr
	PatternType.Hash = func(ts *objects.Thread, o *Object) int64 {
		p := asPattern(o)
		h := objects.Hash(ts, p.pattern)
		if h == -1 {
			return -1
		}
		h ^= int64(p.flags) * 1000003
		if h == -1 {
			h = -2
		}
		return h
	}
	PatternType.RichCompare = func(ts *objects.Thread, a, b *Object, op objects.CompareOp) *Object {
		if (op != objects.EQ && op != objects.NE) || b.Type() != PatternType {
			return objects.NewRef(objects.NotImplemented)
		}
		eq := a == b
		if !eq {
			pa, pb := asPattern(a), asPattern(b)
			if pa.flags == pb.flags && pa.isBytes == pb.isBytes {
				r := objects.RichCompare(ts, pa.pattern, pb.pattern, objects.EQ)
				if r == nil {
					return nil
				}
				t := objects.IsTrue(ts, r)
				objects.Decref(ts, r)
				if t < 0 {
					return nil
				}
				eq = t == 1
			}
		}
		return objects.Bool(eq == (op == objects.EQ))
	}
	selfCopy := func(ts *objects.Thread, o *Object, _ []*Object, _ *Object) *Object { return objects.NewRef(o) }
	PatternType.Methods = []objects.MethodDef{
		{Name: "match", Fn: patternMatchMode("match", regex.Match), Doc: "Matches zero or more characters at the beginning of the string."},
		{Name: "fullmatch", Fn: patternMatchMode("fullmatch", regex.FullMatch), Doc: "Matches against all of the string."},
		{Name: "search", Fn: patternMatchMode("search", regex.Search), Doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
		{Name: "findall", Fn: patternFindall, Doc: "Return a list of all non-overlapping matches of pattern in string."},
		{Name: "finditer", Fn: patternFinditer, Doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
		{Name: "split", Fn: patternSplit, Doc: "Split string by the occurrences of pattern."},
		{Name: "scanner", Fn: patternScanner},
		{Name: "sub", Fn: func(ts *objects.Thread, o *Object, a []*Object, k *Object) *Object {
			return patternSubx(ts, o, a, k, "sub", false)
		}, Doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
		{Name: "subn", Fn: func(ts *objects.Thread, o *Object, a []*Object, k *Object) *Object {
			return patternSubx(ts, o, a, k, "subn", true)
		}, Doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
		{Name: "__copy__", Fn: selfCopy},
		{Name: "__deepcopy__", Fn: selfCopy},
		objects.ClassGetItemDef,
	}
	PatternType.GetSets = []objects.GetSetDef{
		{Name: "pattern", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(asPattern(o).pattern) }, Doc: "The pattern string from which the RE object was compiled."},
		{Name: "flags", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, int64(asPattern(o).flags)) }, Doc: "The regex matching flags."},
		{Name: "groups", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, int64(asPattern(o).re.Groups)) }, Doc: "The number of capturing groups in the pattern."},
		{Name: "groupindex", Get: patternGroupindex, Doc: "A dictionary mapping group names to group numbers."},
	}

	MatchType.Dealloc = func(ts *objects.Thread, o *Object) {
		m := asMatch(o)
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &m.str)
		objects.Clear(ts, &m.pat)
		if cap(m.caps) > len(m.capsArr) {
			ts.Heap().Uncharge(cap(m.caps) * wordSize)
		}
		m.caps = nil
		objects.FreeObject(ts, matchC, m)
	}
	MatchType.Traverse = func(o *Object, v objects.Visitor) {
		m := asMatch(o)
		if m.str != nil {
			v.Visit(m.str)
		}
		if m.pat != nil {
			v.Visit(m.pat)
		}
	}
	MatchType.Clear = func(ts *objects.Thread, o *Object) {
		// The subject and pattern are needed by every method; a match in
		// a cycle keeps them until it is freed.
	}
	MatchType.Repr = matchRepr
	MatchType.GetItem = matchGetItem
	MatchType.Methods = []objects.MethodDef{
		{Name: "group", Fn: matchGroup, Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
		{Name: "groups", Fn: matchGroups, Doc: "Return a tuple containing all the subgroups of the match, from 1."},
		{Name: "groupdict", Fn: matchGroupdict, Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."},
		{Name: "start", Fn: matchSpanPart("start", 0), Doc: "Return index of the start of the substring matched by group."},
		{Name: "end", Fn: matchSpanPart("end", 1), Doc: "Return index of the end of the substring matched by group."},
		{Name: "span", Fn: matchSpanPart("span", 2), Doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
		{Name: "expand", Fn: matchExpand, Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
		{Name: "__copy__", Fn: selfCopy},
		{Name: "__deepcopy__", Fn: selfCopy},
		objects.ClassGetItemDef,
	}
	MatchType.GetSets = []objects.GetSetDef{
		{Name: "string", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(asMatch(o).str) }, Doc: "The string passed to match() or search()."},
		{Name: "re", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(asMatch(o).pat) }, Doc: "The regular expression object."},
		{Name: "pos", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, int64(asMatch(o).pos)) }, Doc: "The index into the string at which the RE engine started looking for a match."},
		{Name: "endpos", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewInt(ts, int64(asMatch(o).endpos)) }, Doc: "The index into the string beyond which the RE engine will not go."},
		{Name: "lastindex", Get: func(ts *objects.Thread, o *Object) *Object {
			m := asMatch(o)
			if m.lastindex < 0 {
				return objects.NewRef(objects.None)
			}
			return objects.NewInt(ts, int64(m.lastindex))
		}, Doc: "The integer index of the last matched capturing group."},
		{Name: "lastgroup", Get: func(ts *objects.Thread, o *Object) *Object {
			m := asMatch(o)
			if m.lastindex >= 0 {
				if name := asPattern(m.pat).re.ByNumber[m.lastindex]; name != "" {
					return objects.NewStr(ts, name)
				}
			}
			return objects.NewRef(objects.None)
		}, Doc: "The name of the last matched capturing group."},
		{Name: "regs", Get: func(ts *objects.Thread, o *Object) *Object {
			m := asMatch(o)
			items := make([]*Object, len(m.caps)/2)
			for g := range items {
				a, b := m.caps[2*g], m.caps[2*g+1]
				if a < 0 || b < 0 {
					a, b = -1, -1
				}
				items[g] = objects.NewTupleSteal(ts, objects.NewInt(ts, int64(a)), objects.NewInt(ts, int64(b)))
			}
			return objects.NewTupleSteal(ts, items...)
		}},
	}

	reIterType.Dealloc = func(ts *objects.Thread, o *Object) {
		it := asReIter(o)
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &it.view)
		objects.Clear(ts, &it.str)
		objects.Clear(ts, &it.pat)
		objects.FreeObject(ts, reIterC, it)
	}
	reIterType.Traverse = func(o *Object, v objects.Visitor) {
		it := asReIter(o)
		for _, x := range [...]*Object{it.str, it.pat, it.view} {
			if x != nil {
				v.Visit(x)
			}
		}
	}
	reIterType.Iter = selfIter
	reIterType.IterNext = reIterNext

	scannerType.Dealloc = func(ts *objects.Thread, o *Object) {
		it := asReIter(o)
		objects.GCUntrack(ts, o)
		objects.Clear(ts, &it.view)
		objects.Clear(ts, &it.str)
		objects.Clear(ts, &it.pat)
		objects.FreeObject(ts, scannerC, it)
	}
	scannerType.Traverse = reIterType.Traverse
	scannerType.Methods = []objects.MethodDef{
		{Name: "match", Fn: scannerMethod(regex.Match)},
		{Name: "search", Fn: scannerMethod(regex.Search)},
	}
	scannerType.GetSets = []objects.GetSetDef{
		{Name: "pattern", Get: func(ts *objects.Thread, o *Object) *Object { return objects.NewRef(asReIter(o).pat) }},
	}

	objects.RegisterStaticType(PatternType, MatchType, reIterType, scannerType)

	reDefs = []*objects.MethodDef{
		{Name: "compile", Fn: reCompile, Flags: objects.MethStatic, Doc: "Compile a pattern: compile(pattern, flags, error)."},
	}
	registerDefs("_re", reDefs)
}
