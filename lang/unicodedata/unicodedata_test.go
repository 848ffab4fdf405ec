package unicodedata

import (
	"crypto/md5"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The per-code-point check: gen/digest.py (run by go generate) printed one
// line per code point with every property this package provides, as python3
// computes it, and stored an md5 per chunk of 4096 code points in
// testdata/props.md5. The test computes the same lines from the Go tables.
// For a differing chunk it asks python3 (when present) for the lines, to show
// the first differences.

const chunkSize = 4096

func hx(rs []rune) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = strconv.FormatInt(int64(r), 16)
	}
	return strings.Join(parts, ",")
}

func hs(s string) string { return hx(decodeAll(s)) }

func b01(bs ...bool) string {
	var sb strings.Builder
	for _, b := range bs {
		if b {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func goLine(r rune) string {
	c := encodeAll([]rune{r})
	num := "none"
	if v, ok := Numeric(r); ok {
		num = pyFloatRepr(v)
	}
	dec, ok := Decimal(r)
	if !ok {
		dec = -1
	}
	dig, ok := Digit(r)
	if !ok {
		dig = -1
	}
	name, ok := Name(r)
	if !ok {
		name = "-"
	}
	return strings.Join([]string{Category(r), strconv.Itoa(Combining(r)),
		b01(IsPrintable(r), IsSpace(r), IsAlpha(r), IsAlnum(r), IsDecimal(r), IsDigit(r), IsNumeric(r),
			IsUpper(r), IsLower(r), IsTitle(r) || IsUpper(r), IsIdentifierStart(r), IsIdentifierContinue(r), IsLineBreak(r)),
		strconv.Itoa(dec), strconv.Itoa(dig), num,
		hx(Upper(r)), hx(Lower(r)), hx(Title(r)), hx(Casefold(r)), hs(SwapCase(c)),
		hs(ToLower(c + "\u03a3")), hs(ToLower("A" + c + "\u03a3")), hs(ToLower("A\u03a3" + c)),
		hs(ToTitle(c + "aB")), hs(ToTitle("a" + c + "B")), hs(Capitalize(c + "Ab")),
		hs(NFC(c)), hs(NFD(c)), hs(NFKC(c)), hs(NFKD(c)),
		orDash(Bidirectional(r)), EastAsianWidth(r), strconv.Itoa(btoi(Mirrored(r))),
		orDash(strings.ReplaceAll(Decomposition(r), " ", "_")),
		strings.ReplaceAll(name, " ", "_")}, " ")
}

// pyFloatRepr is repr(float) for the numeric values in the database (all
// small rationals); lang/literal cannot be imported here, so this relies on
// strconv's shortest form, which has the same digits, and Python's layout
// for the magnitudes that occur (below 1e16, above 1e-4).
func pyFloatRepr(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func goChunk(b rune) []string {
	step := rune(1)
	if !(b < 0x40000 || (b >= 0xE0000 && b < 0xF0000)) {
		step = 61
	}
	var lines []string
	for r := b; r < b+chunkSize; r += step {
		lines = append(lines, goLine(r))
	}
	return lines
}

func TestEveryCodePointDigest(t *testing.T) {
	data, err := os.ReadFile("testdata/props.md5")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(want) != 0x110000/chunkSize {
		t.Fatalf("testdata/props.md5 has %d lines, want %d", len(want), 0x110000/chunkSize)
	}
	var bad []rune
	for i, w := range want {
		b := rune(i * chunkSize)
		sum := md5.Sum([]byte(strings.Join(goChunk(b), "\n")))
		if fmt.Sprintf("%x %x", b, sum) != w {
			bad = append(bad, b)
		}
	}
	if len(bad) == 0 {
		return
	}
	t.Errorf("%d chunks of %d code points differ, first at U+%04X", len(bad), chunkSize, bad[0])
	for _, b := range bad[:min(2, len(bad))] {
		script, err := os.ReadFile("gen/digest.py")
		if err != nil {
			t.Fatal(err)
		}
		want := pyLines(runPython(t, string(script), nil, "full", fmt.Sprintf("%x", b)))
		got := goChunk(b)
		shown := 0
		for i := range got {
			if i < len(want) && got[i] != want[i] && shown < 3 {
				shown++
				t.Errorf("line %d of chunk U+%04X:\n got %s\nwant %s", i, b, got[i], want[i])
			}
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
