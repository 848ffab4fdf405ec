package regex

import (
	"sync"
	"unicode"

	"minipy/lang/unicodedata"
)

// Character classes and case folding.
//
// IGNORECASE compares fold keys: two characters are equal when their
// keys are. The key of a character is the smallest member of the simple
// case-folding orbit of its simple lowercase (so 'K', 'k' and the Kelvin
// sign share one key, as do 's', 'S' and the long s); the dotless i joins
// i's orbit, as CPython's sre adds it. Under re.ASCII and for bytes only
// ASCII letters fold.

// Category bits of a class (\d \D \s \S \w \W), Unicode and ASCII forms.
const (
	catDigit = 1 << iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catASCIIDigit
	catASCIINotDigit
	catASCIISpace
	catASCIINotSpace
	catASCIIWord
	catASCIINotWord
)

type rng struct{ lo, hi rune }

// charSet is a compiled class. bits answers for code points below 256
// (negation and folding included); the rest is decided by ranges, cats,
// neg and the fold mode.
type charSet struct {
	bits   [4]uint64
	ranges []rng
	cats   uint16
	neg    bool
	fold   bool // Unicode folding for code points >= 256
	folded bool // built for IGNORECASE (the bitmap folds)
}

func (s *charSet) addRange(lo, hi rune) { s.ranges = append(s.ranges, rng{lo, hi}) }

func (s *charSet) addCategory(c rune, ascii bool) {
	var bit uint16
	switch c {
	case 'd':
		bit = catDigit
	case 'D':
		bit = catNotDigit
	case 's':
		bit = catSpace
	case 'S':
		bit = catNotSpace
	case 'w':
		bit = catWord
	case 'W':
		bit = catNotWord
	}
	if ascii {
		bit <<= 6
	}
	s.cats |= bit
}

// raw is membership before negation and folding.
func (s *charSet) raw(c rune) bool {
	for _, r := range s.ranges {
		if c >= r.lo && c <= r.hi {
			return true
		}
	}
	if s.cats != 0 {
		cs := s.cats
		if cs&catDigit != 0 && isUniDigit(c) || cs&catNotDigit != 0 && !isUniDigit(c) ||
			cs&catSpace != 0 && isUniSpace(c) || cs&catNotSpace != 0 && !isUniSpace(c) ||
			cs&catWord != 0 && isUniWord(c) || cs&catNotWord != 0 && !isUniWord(c) ||
			cs&catASCIIDigit != 0 && isASCIIDigit(c) || cs&catASCIINotDigit != 0 && !isASCIIDigit(c) ||
			cs&catASCIISpace != 0 && isASCIISpace(c) || cs&catASCIINotSpace != 0 && !isASCIISpace(c) ||
			cs&catASCIIWord != 0 && isASCIIWord(c) || cs&catASCIINotWord != 0 && !isASCIIWord(c) {
			return true
		}
	}
	return false
}

// rawFold is raw membership of c or of any character c folds with.
func (s *charSet) rawFold(c rune, ascii bool) bool {
	if s.raw(c) {
		return true
	}
	if ascii {
		if c < 128 && isASCIILetter(c) {
			return s.raw(c ^ 0x20)
		}
		return false
	}
	found := false
	eachFold(c, func(o rune) {
		if !found && o != c && s.raw(o) {
			found = true
		}
	})
	return found
}

// finish fills the bitmap for code points below 256.
func (s *charSet) finish(neg, fold bool, ascii ...bool) {
	s.neg = neg
	a := len(ascii) > 0 && ascii[0]
	s.fold = fold && !a
	for c := rune(0); c < 256; c++ {
		var in bool
		if fold {
			in = s.rawFold(c, a)
		} else {
			in = s.raw(c)
		}
		if in != neg {
			s.bits[c>>6] |= 1 << (c & 63)
		}
	}
}

// foldCase recomputes the set for IGNORECASE.
func (s *charSet) foldCase(ascii bool) {
	s.folded = true
	s.bits = [4]uint64{}
	s.finish(s.neg, true, ascii)
}

func (s *charSet) has(c rune) bool {
	if c < 256 {
		return s.bits[c>>6]&(1<<(c&63)) != 0
	}
	var in bool
	if s.fold {
		in = s.rawFold(c, false)
	} else {
		in = s.raw(c)
	}
	return in != s.neg
}

func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIISpace(c rune) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}
func isASCIIWord(c rune) bool {
	return c < 128 && (isASCIIDigit(c) || isASCIILetter(c) || c == '_')
}

func isUniDigit(c rune) bool {
	if c < 128 {
		return isASCIIDigit(c)
	}
	return unicodedata.IsDecimal(c)
}

func isUniSpace(c rune) bool {
	if c < 128 {
		return isASCIISpace(c) || (c >= 0x1c && c <= 0x1f)
	}
	return unicodedata.IsSpace(c)
}

func isUniWord(c rune) bool {
	if c < 128 {
		return isASCIIWord(c)
	}
	return unicodedata.IsAlnum(c)
}

// isWord is \w for \b: Unicode or ASCII.
func isWord(c rune, ascii bool) bool {
	if ascii {
		return isASCIIWord(c)
	}
	return isUniWord(c)
}

// simpleLower is the one-character lowercase of c (the first character
// of a longer mapping, as CPython's simple mapping).
func simpleLower(c rune) rune {
	if c < 128 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	var buf [4]rune
	m := unicodedata.AppendLower(buf[:0], c)
	if len(m) == 0 {
		return c
	}
	return m[0]
}

func simpleUpper(c rune) rune {
	if c < 128 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	var buf [4]rune
	m := unicodedata.AppendUpper(buf[:0], c)
	if len(m) != 1 {
		return c
	}
	return m[0]
}

// eachFold calls f for c and every character that folds with it.
func eachFold(c rune, f func(rune)) {
	k := foldKey(c, false)
	f(c)
	seen := [8]rune{c}
	n := 1
	add := func(o rune) {
		for _, x := range seen[:n] {
			if x == o {
				return
			}
		}
		if n < len(seen) {
			seen[n] = o
			n++
		}
		f(o)
	}
	for o := unicode.SimpleFold(k); o != k; o = unicode.SimpleFold(o) {
		add(o)
	}
	add(k)
	if k == 'I' {
		add(0x131)
		add(0x130)
	}
	if l := simpleLower(c); l != c {
		add(l)
	}
	if u := simpleUpper(c); u != c {
		add(u)
	}
}

var (
	foldOnce sync.Once
	foldTab  []rune // fold keys of the BMP
)

func buildFoldTab() {
	foldTab = make([]rune, 0x10000)
	for c := rune(0); c < 0x10000; c++ {
		foldTab[c] = computeFoldKey(c)
	}
}

func computeFoldKey(c rune) rune {
	if c == 0x131 {
		return 'I'
	}
	l := simpleLower(c)
	if l == 0x131 {
		return 'I'
	}
	m := l
	for o := unicode.SimpleFold(l); o != l; o = unicode.SimpleFold(o) {
		if o < m {
			m = o
		}
	}
	return m
}

// foldKey is the IGNORECASE key of c.
func foldKey(c rune, ascii bool) rune {
	if c < 128 || ascii {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if c < 0x10000 {
		foldOnce.Do(buildFoldTab)
		return foldTab[c]
	}
	return computeFoldKey(c)
}

// isCased reports whether c folds with some other character.
func isCased(c rune, ascii bool) bool {
	if ascii {
		return isASCIILetter(c)
	}
	n := 0
	eachFold(c, func(rune) { n++ })
	return n > 1
}
