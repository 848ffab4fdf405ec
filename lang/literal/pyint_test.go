package literal

import (
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

var intPieces = []string{"0", "1", "7", "9", "12", "_", "__", "0x", "0X", "0o", "0b", "0B", "a", "f", "F", "z", "Z", "g", " ", "\t", "\n",
	"\u3000", "\u0663", "\uff11", "+", "-", "é", ".", "\x00", "\u00b2", "0_", "_0", "1_000"}

func TestParseIntPythonAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	type tc struct {
		s    string
		base int
	}
	var cases []tc
	for _, s := range []string{"", "0", "00", "0_0", "0_7", "07", "0x_1", "0x__1", "0x", "_1", "1_", "1__0", " -0b101 ", "+0o17",
		strings.Repeat("1", 4301), strings.Repeat("1", 4300), strings.Repeat("0", 5000) + "1", strings.Repeat("f", 5000),
		strings.Repeat("x", 300), strings.Repeat("é", 300), "1" + strings.Repeat("1", 5000) + "x", strings.Repeat("1", 5000) + "é"} {
		for _, base := range []int{0, 10, 16, 2, 36, 7} {
			cases = append(cases, tc{s, base})
		}
	}
	for len(cases) < 20000 {
		var b strings.Builder
		for n := rng.Intn(6) + 1; n > 0; n-- {
			b.WriteString(intPieces[rng.Intn(len(intPieces))])
		}
		cases = append(cases, tc{b.String(), []int{0, 0, 10, 10, 16, 8, 2, 36, 3, 35}[rng.Intn(10)]})
	}
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%d %x\n", c.base, c.s)
	}
	script := `
import sys
for line in sys.stdin.read().split('\n')[:-1]:
    base, s = line.split(' ')
    base = int(base)
    s = bytes.fromhex(s).decode()
    outs = []
    for v in (s, s.encode()):
        try:
            outs.append(format(int(v, base), 'x'))
        except ValueError as e:
            outs.append('E' + str(e))
    print('\t'.join(outs))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	bad, valid := 0, 0
	for i, c := range cases {
		v1, e1 := ParseIntPython(c.s, c.base, DefaultMaxStrDigits)
		v2, e2 := ParseIntPythonBytes([]byte(c.s), c.base, DefaultMaxStrDigits)
		out := func(v fmt.Stringer, err error) string {
			if err != nil {
				return "E" + err.Error()
			}
			return v.(*big.Int).Text(16)
		}
		got := out(v1, e1) + "\t" + out(v2, e2)
		if got != lines[i] {
			bad++
			if bad < 15 {
				t.Errorf("int(%.80q, %d):\n got %.200s\nwant %.200s", c.s, c.base, got, lines[i])
			}
		}
		if !strings.HasPrefix(lines[i], "E") {
			valid++
		}
	}
	t.Logf("%d cases, %d valid for python", len(cases), valid)
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}

// TestParseSmallInt: whenever the fast path takes a string, its value is
// ParseIntPython's; it declines what it does not handle.
func TestParseSmallInt(t *testing.T) {
	inputs := []string{"0", "7", "-7", "+7", "123456789", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "ff", "FF", "zz", "1_000", " 12", "12 ", "0x1f", "010",
		"", "-", "+", "١٢", "7fffffffffffffff", "8000000000000000", "101", "2", "00"}
	for _, s := range inputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36} {
			v, ok := ParseSmallInt(s, base)
			want, err := ParseIntPython(s, base, 4300)
			if !ok {
				continue
			}
			if err != nil || !want.IsInt64() || want.Int64() != v {
				t.Errorf("ParseSmallInt(%q, %d) = %d, ParseIntPython gives %v, %v", s, base, v, want, err)
			}
		}
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"9223372036854775808", 10}, {"1_0", 10}, {" 1", 10}, {"0x1", 16}, {"010", 0}, {"g", 16}, {"12", 1}} {
		if _, ok := ParseSmallInt(c.s, c.base); ok {
			t.Errorf("ParseSmallInt(%q, %d) took the fast path", c.s, c.base)
		}
	}
}
