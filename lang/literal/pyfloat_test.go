package literal

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

var floatPieces = []string{"1", "0", "9", "123", "_", ".", "e", "E", "+", "-", " ", "\t", "\n", "\v", "\f", "\x1c", "\u3000", "\u00a0",
	"\u2028", "inf", "INF", "Infinity", "iNfInItY", "nan", "NaN", "nAn", "\u0663", "\uff11", "\U0001D7D9", "x", "0x10", "e5", "1e400",
	"1e-400", "5e-324", "é", "\u0b6b", "\u00b2", "1.5", ".5", "5.", "infinit", "nanx", "00", "\x00"}

func TestParseFloatPythonAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	cases := []string{"", " ", "1", "1.5", "  -1.5e3  ", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "inf", "-Infinity",
		"+nan", "-nan", "infinity ", "in f", "1e", "1e+", ".", "-.", ".e1", "1.e1", "0x10", strings.Repeat("9", 400),
		"0." + strings.Repeat("0", 400) + "1", "1" + strings.Repeat("0", 400) + "e-400", "\u0661\u0662.\u0663"}
	for len(cases) < 20000 {
		var b strings.Builder
		for n := rng.Intn(6) + 1; n > 0; n-- {
			b.WriteString(floatPieces[rng.Intn(len(floatPieces))])
		}
		cases = append(cases, b.String())
	}
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%x\n", c)
	}
	script := `
import sys, math
for line in sys.stdin.read().split('\n')[:-1]:
    s = bytes.fromhex(line).decode()
    try:
        f = float(s)
        out = repr(f) + ('-' if math.isnan(f) and math.copysign(1, f) < 0 else '')
    except ValueError as e:
        out = 'E' + str(e)
    try:
        f = float(s.encode())
        out2 = repr(f) + ('-' if math.isnan(f) and math.copysign(1, f) < 0 else '')
    except ValueError as e:
        out2 = 'E' + str(e)
    print(out + '\t' + out2)
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	show := func(f float64, err error) string {
		if err != nil {
			return "E" + err.Error()
		}
		s := FormatFloat(f)
		if math.IsNaN(f) && math.Signbit(f) {
			s += "-"
		}
		return s
	}
	bad, ok := 0, 0
	for i, c := range cases {
		got := show(ParseFloatPython(c)) + "\t" + show(ParseFloatPythonBytes([]byte(c)))
		if got != lines[i] {
			bad++
			if bad < 15 {
				t.Errorf("float(%q):\n got %s\nwant %s", c, got, lines[i])
			}
		}
		if !strings.HasPrefix(lines[i], "E") {
			ok++
		}
	}
	t.Logf("%d cases, %d valid for python", len(cases), ok)
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}

func TestParseComplexPythonAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	pieces := []string{"1", "2.5", "1e3", "e", "j", "J", "+", "-", " ", "(", ")", "inf", "nan", "Infinity", "_", "1_0", ".", "\u3000",
		"\u0663", "x", "1e", "0", "\x00"}
	cases := []string{"", "1", "1j", "1+2j", "(1+2j)", " ( -1-2j ) ", "j", "-j", "+j", "1+j", "1-j", "infj", "-nanj", "1+infj", "nan+nanj",
		"1e400j", "(1)", "((1))", "1 + 2j", "1+2", "1__0j", "1_0+2_0j", "(", ")", "1j+2", "1+2jj", "1e+2j", "1e+j", "\u0661+\u0662j", "1__2é", "1_2é", "1__2\u0663"}
	for len(cases) < 15000 {
		var b strings.Builder
		for n := rng.Intn(6) + 1; n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%x\n", c)
	}
	script := `
import sys, math
def sh(f): return repr(f) + ('-' if math.isnan(f) and math.copysign(1, f) < 0 else '')
for line in sys.stdin.read().split('\n')[:-1]:
    s = bytes.fromhex(line).decode()
    try:
        c = complex(s)
        print(sh(c.real) + ' ' + sh(c.imag))
    except ValueError as e:
        print('E' + str(e))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	sh := func(f float64) string {
		s := FormatFloat(f)
		if math.IsNaN(f) && math.Signbit(f) {
			s += "-"
		}
		return s
	}
	bad, valid := 0, 0
	for i, c := range cases {
		re, im, err := ParseComplexPython(c)
		got := sh(re) + " " + sh(im)
		if err != nil {
			got = "E" + err.Error()
		} else {
			valid++
		}
		if got != lines[i] {
			bad++
			if bad < 15 {
				t.Errorf("complex(%q): got %s want %s", c, got, lines[i])
			}
		}
	}
	t.Logf("%d cases, %d valid", len(cases), valid)
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}
