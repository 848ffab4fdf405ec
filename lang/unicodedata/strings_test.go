package unicodedata

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// randomText mixes letters with case specials, sigma, case-ignorables,
// combining marks (to exercise canonical ordering and composition), Hangul
// jamo and syllables, compatibility characters and random code points.
func randomText(rng *rand.Rand) []rune {
	pool := []rune{'a', 'A', 'z', 0xdf, 0x130, 0x131, 0x3a3, 0x3c3, 0x3c2, 0x345, 0x2bc, '\'', '.', 0xad, 0x300,
		0x301, 0x323, 0x327, 0x31b, 0x1100, 0x1161, 0x11a8, 0xac00, 0xac01, 0x1e9e, 0xfb01, 0x1f88, 0x1f80, 0x3f4, 0x2126,
		0x212b, 0xc5, 0x41, 0x30a, 0x1e0b, 0x1e0d, 0x307, 0x0f73, 0x0f71, 0x0f72, 0x0b47, 0x0b3e, 0x0b57, 0x1026, 0xff21,
		0x2460, 0x00bd, 0x01c5, 0x01c4, 0x01c6, 0x1d400, 0x10400, 0x10428, ' ', 0x3000, 0x0345, 0x1f0, 0x149, 0xfb13}
	n := rng.Intn(10)
	rs := make([]rune, n)
	for i := range rs {
		if rng.Intn(4) == 0 {
			rs[i] = rune(rng.Intn(0x30000))
		} else {
			rs[i] = pool[rng.Intn(len(pool))]
		}
	}
	return rs
}

func TestStringFunctionsAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	var in strings.Builder
	var texts []string
	for i := 0; i < 20000; i++ {
		rs := randomText(rng)
		texts = append(texts, encodeAll(rs))
		in.WriteString(hx(rs) + "\n")
	}
	script := `
import sys, unicodedata as u
def hx(s): return ','.join('%x' % ord(c) for c in s)
for line in sys.stdin.read().split('\n')[:-1]:
    s = ''.join(chr(int(h, 16)) for h in line.split(',') if h)
    print(' '.join(hx(x) for x in (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(),
        u.normalize('NFC', s), u.normalize('NFD', s), u.normalize('NFKC', s), u.normalize('NFKD', s))))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(texts) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(texts))
	}
	bad := 0
	for i, s := range texts {
		got := strings.Join([]string{hs(ToUpper(s)), hs(ToLower(s)), hs(ToTitle(s)), hs(Capitalize(s)), hs(SwapCase(s)),
			hs(CaseFold(s)), hs(NFC(s)), hs(NFD(s)), hs(NFKC(s)), hs(NFKD(s))}, " ")
		if got != lines[i] {
			bad++
			if bad < 10 {
				t.Errorf("%s:\n got %s\nwant %s", hs(s), got, lines[i])
			}
		}
	}
	// ASCII fast paths.
	for _, s := range []string{"", "hello World", "ABC def_9", "x", "1a2B"} {
		py := pyLines(runPython(t, `import sys; s=sys.argv[1]; print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep='|')`, nil, s))
		got := strings.Join([]string{ToUpper(s), ToLower(s), ToTitle(s), Capitalize(s), SwapCase(s), CaseFold(s)}, "|")
		if len(py) != 1 || got != py[0] {
			t.Errorf("ASCII %q: got %s want %v", s, got, py)
		}
	}
}

func TestLookupAgainstPython(t *testing.T) {
	tab := loadNames()
	rng := rand.New(rand.NewSource(6))
	// Every stored name and alias, in upper, lower and mixed case, plus
	// algorithmic names and near misses; python3 says what \N{...} gives.
	var names []string
	for name := range tab.byName {
		names = append(names, name)
	}
	for i := 0; i < 3000; i++ {
		r := rune(0xAC00 + rng.Intn(11172))
		n, _ := Name(r)
		names = append(names, n, strings.ToLower(n), "hangul syllable "+n[16:], n+"G", n[:len(n)-1])
	}
	for _, rg := range tab.cjk {
		for _, r := range []rune{rg[0], rg[1], rg[1] + 1, rg[0] - 1, (rg[0] + rg[1]) / 2} {
			n := fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r)
			names = append(names, n, strings.ToLower(n), fmt.Sprintf("cjk unified ideograph-%X", r), fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%05X", r),
				fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%06X", r))
		}
	}
	names = append(names, "", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A", "HANGUL SYLLABLE",
		"HANGUL SYLLABLE ", "HANGUL SYLLABLE GAGG", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "BYTE ORDER MARK", "ZWNJ",
		"latin small letter \u212a", "CJ\u212a UNIFIED IDEOGRAPH-4E00", "TANGUT IDEOGRAPH-17000", "NULL", "nul")
	for i := range names {
		if rng.Intn(3) == 0 {
			b := []byte(names[i])
			for j := range b {
				if rng.Intn(2) == 0 && 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 32
				}
			}
			names = append(names, string(b))
		}
	}
	var in strings.Builder
	for _, n := range names {
		fmt.Fprintf(&in, "%x\n", n)
	}
	script := `
import sys
for line in sys.stdin.read().split('\n')[:-1]:
    name = bytes.fromhex(line).decode()
    try:
        s = eval('"\\N{%s}"' % name)
        print('%x' % ord(s))
    except SyntaxError:
        print('-')
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(names) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(names))
	}
	bad := 0
	for i, n := range names {
		got := "-"
		if r, ok := Lookup(n); ok {
			got = fmt.Sprintf("%x", r)
		}
		if got != lines[i] {
			bad++
			if bad < 10 {
				t.Errorf("Lookup(%q) = %s, python \\N{} gives %s", n, got, lines[i])
			}
		}
	}
	t.Logf("%d names checked", len(names))
}

func TestNamedSequencesAgainstPython(t *testing.T) {
	tab := loadNames()
	var names []string
	for n := range tab.seqs {
		names = append(names, n, strings.ToLower(n))
	}
	names = append(names, "LATIN SMALL LETTER A", "NO SUCH SEQUENCE")
	var in strings.Builder
	for _, n := range names {
		fmt.Fprintf(&in, "%x\n", n)
	}
	script := `
import sys, unicodedata
for line in sys.stdin.read().split():
    try:
        print(','.join('%x' % ord(c) for c in unicodedata.lookup(bytes.fromhex(line).decode())))
    except KeyError:
        print('-')
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(names) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(names))
	}
	for i, n := range names {
		got := "-"
		if r, ok := Lookup(n); ok {
			got = fmt.Sprintf("%x", r)
		} else if rs, ok := LookupNamedSequence(n); ok {
			got = hx(rs)
		}
		if got != lines[i] {
			t.Errorf("lookup(%q) = %s, python %s", n, got, lines[i])
		}
	}
	if len(tab.seqs) < 400 {
		t.Errorf("only %d named sequences", len(tab.seqs))
	}
}

func BenchmarkIsPrintable(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		if IsPrintable(rune(i & 0x3ffff)) {
			n++
		}
	}
	_ = n
}

func BenchmarkNFKCIdentifier(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = NFKC("ﬁnal_ｖａｌｕｅ")
	}
}

func BenchmarkLookupName(b *testing.B) {
	Lookup("A")
	for i := 0; i < b.N; i++ {
		_, _ = Lookup("LATIN SMALL LETTER E WITH ACUTE")
	}
}

func BenchmarkToUpperUnicode(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = ToUpper("straße München σς")
	}
}
