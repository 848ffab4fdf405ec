package literal

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"
)

func TestFloatHexRoundAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	fs := testFloats(rng, 5000)
	ndigits := []int{0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -300, -308, -309}
	var in strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	script := `
import sys, struct
nd = [` + strings.Trim(strings.Join(strings.Fields(fmt.Sprint(ndigits)), ","), "[]") + `]
def show(f):
    return repr(f) + ('-' if f != f and str(struct.pack('>d', f)[0] >> 7) == '1' else '')
for line in sys.stdin.read().split():
    f = struct.unpack('>d', bytes.fromhex(line))[0]
    outs = [f.hex()]
    try:
        outs.append(show(float.fromhex(f.hex())))
    except Exception as e:
        outs.append('E' + str(e))
    for n in nd:
        try:
            outs.append(repr(round(f, n)))
        except OverflowError as e:
            outs.append('E' + str(e))
    print('\t'.join(outs))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(fs) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(fs))
	}
	bad := 0
	for i, f := range fs {
		outs := []string{FloatHex(f)}
		if v, err := ParseFloatHex(FloatHex(f)); err != nil {
			outs = append(outs, "E"+err.Error())
		} else {
			s := FormatFloat(v)
			if math.IsNaN(v) && math.Signbit(v) {
				s += "-"
			}
			outs = append(outs, s)
		}
		for _, n := range ndigits {
			if v, err := RoundFloat(f, n); err != nil {
				outs = append(outs, "E"+err.Error())
			} else {
				outs = append(outs, FormatFloat(v))
			}
		}
		if got := strings.Join(outs, "\t"); got != lines[i] {
			bad++
			if bad < 10 {
				t.Errorf("%v (%016x):\n got %s\nwant %s", f, math.Float64bits(f), got, lines[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(fs))
	}
}

func TestParseFloatHexAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	pieces := []string{"0x", "0X", "1", "f", "A", "0", ".", "p", "P", "+", "-", "p-1074", "p-1075", "p+1023", "p1024", "p-1080",
		"fffffffffffff8", "1" + strings.Repeat("0", 20), "p999999999999999999999", " ", "\t", "inf", "Infinity", "nan", "x", "g", "_"}
	cases := []string{"", "0x", "0x.", "0x1.", "0x.8", "1p-1074", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x0p9999999999999",
		"0x1p-1075", "0x1.8p-1074", "0x3p-1076", "-0x0p0", " -inf ", "+nan", "-nan", "infinityx", "1p", "0x1p+", "0x1p1_0"}
	for len(cases) < 10000 {
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
import sys, struct
for line in sys.stdin.read().split('\n')[:-1]:
    s = bytes.fromhex(line).decode()
    try:
        f = float.fromhex(s)
        print(repr(f) + ('-' if f != f and struct.pack('>d', f)[0] >> 7 else ''))
    except (ValueError, OverflowError) as e:
        print('E' + type(e).__name__ + str(e))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	bad := 0
	for i, c := range cases {
		var got string
		v, err := ParseFloatHex(c)
		switch err.(type) {
		case nil:
			got = FormatFloat(v)
			if math.IsNaN(v) && math.Signbit(v) {
				got += "-"
			}
		case *ValueError:
			got = "EValueError" + err.Error()
		case *OverflowError:
			got = "EOverflowError" + err.Error()
		}
		if got != lines[i] {
			bad++
			if bad < 10 {
				t.Errorf("float.fromhex(%q): got %s want %s", c, got, lines[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}
