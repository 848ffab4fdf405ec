package unicodedata

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"encoding/binary"
	"io"
	"sync"
)

//go:embed decomp.bin
var decompBin []byte

// normTables is built on first use of a normalization and never written after.
type normTables struct {
	canon  map[rune][]rune // NFD of one character, where it differs
	compat map[rune][]rune // NFKD of one character, where it differs
	pairs  map[[2]rune]rune
	decomp map[rune]string // unicodedata.decomposition()
}

var (
	normOnce sync.Once
	normTab  *normTables
)

func loadNorm() *normTables {
	normOnce.Do(func() {
		le := binary.LittleEndian
		zr, err := zlib.NewReader(bytes.NewReader(decompBin))
		if err != nil {
			panic("unicodedata: decomp.bin is corrupt: " + err.Error())
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			panic("unicodedata: decomp.bin is corrupt: " + err.Error())
		}
		p := 0
		u32 := func() uint32 { v := le.Uint32(b[p:]); p += 4; return v }
		readMap := func() map[rune][]rune {
			n := int(u32())
			m := make(map[rune][]rune, n)
			for i := 0; i < n; i++ {
				cp := rune(u32())
				k := int(b[p])
				p++
				rs := make([]rune, k)
				for j := range rs {
					rs[j] = rune(u32())
				}
				m[cp] = rs
			}
			return m
		}
		t := &normTables{}
		t.canon = readMap()
		t.compat = readMap()
		n := int(u32())
		t.pairs = make(map[[2]rune]rune, n)
		for i := 0; i < n; i++ {
			a, c := rune(u32()), rune(u32())
			t.pairs[[2]rune{a, c}] = rune(u32())
		}
		n = int(u32())
		t.decomp = make(map[rune]string, n)
		for i := 0; i < n; i++ {
			cp := rune(u32())
			k := int(b[p])
			t.decomp[cp] = string(b[p+1 : p+1+k])
			p += 1 + k
		}
		if p != len(b) {
			panic("unicodedata: decomp.bin is corrupt; run go generate")
		}
		normTab = t
	})
	return normTab
}

// Decomposition returns unicodedata.decomposition(r): the one-level
// decomposition mapping as hex code points, with a <tag> for compatibility
// mappings ("<compat> 0020 0308"), or "" (also for Hangul syllables, as
// CPython, although they decompose algorithmically).
func Decomposition(r rune) string {
	return loadNorm().decomp[r]
}

// IsNormalized reports unicodedata.is_normalized(form, s) for form "NFC",
// "NFD", "NFKC" or "NFKD" (false for another form).
func IsNormalized(form, s string) bool {
	switch form {
	case "NFC":
		return NFC(s) == s
	case "NFD":
		return NFD(s) == s
	case "NFKC":
		return NFKC(s) == s
	case "NFKD":
		return NFKD(s) == s
	}
	return false
}

// NFD returns unicodedata.normalize('NFD', s).
func NFD(s string) string { return normalize(s, false, false) }

// NFKD returns unicodedata.normalize('NFKD', s).
func NFKD(s string) string { return normalize(s, true, false) }

// NFC returns unicodedata.normalize('NFC', s).
func NFC(s string) string { return normalize(s, false, true) }

// NFKC returns unicodedata.normalize('NFKC', s), which the parser applies to
// non-ASCII identifiers.
func NFKC(s string) string { return normalize(s, true, true) }

func normalize(s string, compat, compose bool) string {
	if isASCII(s) {
		return s // ASCII is invariant under every normalization form
	}
	t := loadNorm()
	m := t.canon
	if compat {
		m = t.compat
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs)+len(rs)/2)
	for _, r := range rs {
		if r >= sBase && r < sBase+sCount {
			si := r - sBase
			out = append(out, lBase+si/nCount, vBase+(si%nCount)/tCount)
			if ti := si % tCount; ti != 0 {
				out = append(out, tBase+ti)
			}
			continue
		}
		if d, ok := m[r]; ok {
			out = append(out, d...)
		} else {
			out = append(out, r)
		}
	}
	// Canonical ordering: a stable sort by combining class of each run of
	// non-starters (runs are short, insertion sort is enough).
	for i := 1; i < len(out); i++ {
		c := Combining(out[i])
		if c == 0 {
			continue
		}
		j := i
		for j > 0 {
			pc := Combining(out[j-1])
			if pc == 0 || pc <= c {
				break
			}
			out[j], out[j-1] = out[j-1], out[j]
			j--
		}
	}
	if compose {
		out = composeRunes(t, out)
	}
	return encodeAll(out)
}

// composeRunes is the canonical composition algorithm of UAX #15: each
// character that is not blocked from the last starter and forms a primary
// composite with it replaces the starter by the composite.
func composeRunes(t *normTables, rs []rune) []rune {
	out := rs[:0] // composition only shrinks, so it can run in place
	starter := -1
	lastCCC := 0
	for _, r := range rs {
		c := Combining(r)
		if starter >= 0 && (starter == len(out)-1 || (lastCCC != 0 && lastCCC < c)) {
			if comp, ok := composePair(t, out[starter], r); ok {
				out[starter] = comp
				continue
			}
		}
		if c == 0 {
			starter = len(out)
		}
		lastCCC = c
		out = append(out, r)
	}
	return out
}

func composePair(t *normTables, a, b rune) (rune, bool) {
	if a >= lBase && a < lBase+lCount && b >= vBase && b < vBase+vCount {
		return sBase + ((a-lBase)*vCount+(b-vBase))*tCount, true
	}
	if a >= sBase && a < sBase+sCount && (a-sBase)%tCount == 0 && b > tBase && b < tBase+tCount {
		return a + (b - tBase), true
	}
	r, ok := t.pairs[[2]rune{a, b}]
	return r, ok
}
