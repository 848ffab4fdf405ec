package unicodedata

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed names.bin
var namesBin []byte

// nameTables is built on first use of Name or Lookup and never written after.
type nameTables struct {
	cps    []rune   // sorted code points that have a stored name
	names  []string // names[i] is the name of cps[i]
	byName map[string]rune
	cjk    [][2]rune // ranges of algorithmic CJK UNIFIED IDEOGRAPH-XXXX names
	seqs   map[string][]rune
}

var (
	namesOnce sync.Once
	namesTab  *nameTables
)

func loadNames() *nameTables {
	namesOnce.Do(func() {
		zr, err := zlib.NewReader(bytes.NewReader(namesBin))
		if err != nil {
			panic("unicodedata: names.bin is corrupt: " + err.Error())
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			panic("unicodedata: names.bin is corrupt: " + err.Error())
		}
		t := &nameTables{byName: make(map[string]rune, 36000), seqs: make(map[string][]rune, 500)}
		aliases, seqs := false, false
		for _, line := range strings.Split(string(raw), "\n") {
			if line == "" {
				continue
			}
			if line == "ALIASES" {
				aliases = true
				continue
			}
			if line == "SEQUENCES" {
				seqs = true
				continue
			}
			f := strings.Split(line, ";")
			if seqs {
				var rs []rune
				for _, h := range strings.Fields(f[0]) {
					v, _ := strconv.ParseUint(h, 16, 32)
					rs = append(rs, rune(v))
				}
				t.seqs[f[1]] = rs
				continue
			}
			if f[0] == "CJK" {
				lo, _ := strconv.ParseUint(f[1], 16, 32)
				hi, _ := strconv.ParseUint(f[2], 16, 32)
				t.cjk = append(t.cjk, [2]rune{rune(lo), rune(hi)})
				continue
			}
			cp, _ := strconv.ParseUint(f[0], 16, 32)
			if !aliases {
				t.cps = append(t.cps, rune(cp))
				t.names = append(t.names, f[1])
			}
			t.byName[f[1]] = rune(cp)
		}
		namesTab = t
	})
	return namesTab
}

// Hangul syllable composition (Unicode chapter 3.12).
const (
	sBase  = 0xAC00
	lBase  = 0x1100
	vBase  = 0x1161
	tBase  = 0x11A7
	lCount = 19
	vCount = 21
	tCount = 28
	nCount = vCount * tCount
	sCount = lCount * nCount
)

// The jamo short names that make up Hangul syllable names.
var (
	jamoL = [lCount]string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = [vCount]string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = [tCount]string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// Name returns the name of r as unicodedata.name does (no aliases).
func Name(r rune) (string, bool) {
	if r >= sBase && r < sBase+sCount {
		s := r - sBase
		return "HANGUL SYLLABLE " + jamoL[s/nCount] + jamoV[(s%nCount)/tCount] + jamoT[s%tCount], true
	}
	t := loadNames()
	for _, rg := range t.cjk {
		if rg[0] <= r && r <= rg[1] {
			return "CJK UNIFIED IDEOGRAPH-" + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
		}
	}
	i := sort.Search(len(t.cps), func(i int) bool { return t.cps[i] >= r })
	if i < len(t.cps) && t.cps[i] == r {
		return t.names[i], true
	}
	return "", false
}

// Lookup finds the code point named name, as a \N{name} escape does
// (CPython's _getcode without named sequences): names and name aliases,
// compared case-insensitively (ASCII only); Hangul syllables (HANGUL SYLLABLE
// followed by jamo names) and CJK UNIFIED IDEOGRAPH-XXXX (4 or 5 hex digits)
// are algorithmic and, as in CPython 3.11, only recognized in upper case. unicodedata.lookup also accepts named sequences, which
// give several code points; this function does not.
func Lookup(name string) (rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		pos := name[len("HANGUL SYLLABLE "):]
		l, n := findSyllable(pos, jamoL[:])
		pos = pos[n:]
		v, n := findSyllable(pos, jamoV[:])
		pos = pos[n:]
		tt, n := findSyllable(pos, jamoT[:])
		pos = pos[n:]
		if l >= 0 && v >= 0 && tt >= 0 && pos == "" {
			return sBase + rune((l*vCount+v)*tCount+tt), true
		}
		return 0, false
	}
	t := loadNames()
	if strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
		h := name[len("CJK UNIFIED IDEOGRAPH-"):]
		if len(h) != 4 && len(h) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(h); i++ {
			c := h[i]
			switch {
			case '0' <= c && c <= '9':
				v = v*16 + rune(c-'0')
			case 'A' <= c && c <= 'F':
				v = v*16 + rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		for _, rg := range t.cjk {
			if rg[0] <= v && v <= rg[1] {
				return v, true
			}
		}
		return 0, false
	}
	up := []byte(name)
	for i, c := range up {
		if 'a' <= c && c <= 'z' {
			up[i] = c - 32
		}
	}
	r, ok := t.byName[string(up)]
	return r, ok
}

// findSyllable returns the index of the longest jamo name that starts s and
// its length (CPython's find_syllable; the empty name always matches, so the
// index is -1 only for a column without one).
// LookupNamedSequence finds a named sequence (such as "LATIN CAPITAL LETTER
// A WITH MACRON AND GRAVE"), compared case-insensitively as Lookup.
// unicodedata.lookup(name) is Lookup, else LookupNamedSequence; \N{} accepts
// only Lookup.
func LookupNamedSequence(name string) ([]rune, bool) {
	up := []byte(name)
	for i, c := range up {
		if 'a' <= c && c <= 'z' {
			up[i] = c - 32
		}
	}
	rs, ok := loadNames().seqs[string(up)]
	if !ok {
		return nil, false
	}
	return append([]rune(nil), rs...), true
}

func findSyllable(s string, names []string) (int, int) {
	best, bestLen := -1, -1
	for i, n := range names {
		if len(n) <= bestLen {
			continue
		}
		if strings.HasPrefix(s, n) {
			best, bestLen = i, len(n)
		}
	}
	if bestLen < 0 {
		bestLen = 0
	}
	return best, bestLen
}
