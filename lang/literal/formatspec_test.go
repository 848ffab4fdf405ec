package literal

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

func randomSpec(rng *rand.Rand, types string) string {
	var b strings.Builder
	if rng.Intn(3) == 0 {
		if rng.Intn(2) == 0 {
			b.WriteString([]string{"0", "x", "€", "{", " ", "*", "<"}[rng.Intn(7)])
		}
		b.WriteByte("<>=^"[rng.Intn(4)])
	}
	if rng.Intn(3) == 0 {
		b.WriteByte("+- "[rng.Intn(3)])
	}
	if rng.Intn(8) == 0 {
		b.WriteByte('z')
	}
	if rng.Intn(5) == 0 {
		b.WriteByte('#')
	}
	if rng.Intn(4) == 0 {
		b.WriteByte('0')
	}
	if rng.Intn(2) == 0 {
		fmt.Fprint(&b, rng.Intn(25))
	}
	if rng.Intn(4) == 0 {
		b.WriteString([]string{",", "_", ",_"}[rng.Intn(3)])
	}
	if rng.Intn(2) == 0 {
		fmt.Fprintf(&b, ".%d", []int{0, 1, 2, 3, 6, 12, 17, 20}[rng.Intn(8)])
	}
	if rng.Intn(5) != 0 {
		b.WriteByte(types[rng.Intn(len(types))])
	}
	return b.String()
}

func TestFormatSpecAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	type tc struct {
		kind string // f, i, s, c
		val  string // hex bits, decimal int, hex text
		spec string
	}
	var cases []tc
	floats := testFloats(rng, 3000)
	for _, f := range floats {
		for k := 0; k < 4; k++ {
			cases = append(cases, tc{"f", fmt.Sprintf("%016x", math.Float64bits(f)), randomSpec(rng, "eEfFgGn%dxs")})
		}
	}
	for i := 0; i < 8000; i++ {
		var v *big.Int
		switch rng.Intn(4) {
		case 0:
			v = big.NewInt(int64(rng.Intn(2000) - 1000))
		case 1:
			v = big.NewInt(rng.Int63() >> uint(rng.Intn(63)))
		case 2:
			v = new(big.Int).Lsh(big.NewInt(rng.Int63()), uint(rng.Intn(1100)))
		default:
			v = big.NewInt(int64(rng.Intn(0x110010)))
		}
		if rng.Intn(2) == 0 {
			v.Neg(v)
		}
		cases = append(cases, tc{"i", v.Text(16), randomSpec(rng, "bcdoxXneEfFgG%s")})
	}
	strs := []string{"", "a", "hello", "€uro", "\U0001F600x", "  ", "abcdefghijklmnopqrstuvwxyz"}
	for i := 0; i < 3000; i++ {
		cases = append(cases, tc{"s", fmt.Sprintf("%x", strs[rng.Intn(len(strs))]), randomSpec(rng, "ssssd")})
	}
	for i := 0; i < 4000; i++ {
		re, im := floats[rng.Intn(len(floats))], floats[rng.Intn(len(floats))]
		if rng.Intn(4) == 0 {
			re = 0
		}
		cases = append(cases, tc{"c", fmt.Sprintf("%016x,%016x", math.Float64bits(re), math.Float64bits(im)), randomSpec(rng, "eEfFgGn%d")})
	}
	cases = append(cases, tc{"i", pow10hex(4300), "d"}, tc{"i", pow10hex(4299), ","}, tc{"i", pow10hex(4299), "_"},
		tc{"i", pow10hex(400), "f"}, tc{"i", "-" + pow10hex(4300), "x"}, tc{"i", "-" + pow10hex(4300), ""}, tc{"i", "-" + pow10hex(4299), "+"}, tc{"f", "7ff0000000000000", "010"},
		tc{"i", "1234", "\u0661\u0662"}, tc{"s", "61", "\u20ac>5"})
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%s %s %x\n", c.kind, c.val, c.spec)
	}
	script := `
import sys, struct
def fl(h): return struct.unpack('>d', bytes.fromhex(h))[0]
for line in sys.stdin.read().split('\n')[:-1]:
    kind, val, spec = line.split(' ')
    spec = bytes.fromhex(spec).decode()
    if kind == 'f': v = fl(val)
    elif kind == 'i': v = int(val, 16)
    elif kind == 's': v = bytes.fromhex(val).decode()
    else:
        a, b = val.split(',')
        v = complex(fl(a), fl(b))
    try:
        out = format(v, spec)
    except (ValueError, OverflowError) as e:
        out = 'E' + type(e).__name__ + ': ' + str(e)
    print(out.encode().hex())
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	bad, errs := 0, 0
	for i, c := range cases {
		var got string
		var err error
		switch c.kind {
		case "f":
			var bits uint64
			fmt.Sscanf(c.val, "%x", &bits)
			got, err = FormatFloatSpec(math.Float64frombits(bits), c.spec, "float")
		case "i":
			v, _ := new(big.Int).SetString(c.val, 16)
			got, err = FormatIntSpec(v, c.spec, "int", DefaultMaxStrDigits)
		case "s":
			var b []byte
			fmt.Sscanf(c.val, "%x", &b)
			got, err = FormatStrSpec(string(b), c.spec, "str")
		case "c":
			var a, b uint64
			fmt.Sscanf(c.val, "%x,%x", &a, &b)
			got, err = FormatComplexSpec(math.Float64frombits(a), math.Float64frombits(b), c.spec, "complex")
		}
		if err != nil {
			errs++
			switch err.(type) {
			case *ValueError:
				got = "EValueError: " + err.Error()
			case *OverflowError:
				got = "EOverflowError: " + err.Error()
			default:
				got = "E?" + err.Error()
			}
		}
		var want []byte
		fmt.Sscanf(lines[i], "%x", &want)
		if got != string(want) {
			bad++
			if bad < 20 {
				t.Errorf("format(%s %.60s, %q):\n got %.200q\nwant %.200q", c.kind, c.val, c.spec, got, want)
			}
		}
	}
	t.Logf("%d cases, %d errors", len(cases), errs)
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}

func pow10hex(n int) string {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil).Text(16)
}

func TestFormatSpecHuge(t *testing.T) {
	for _, spec := range []string{"9999999999999", ".9999999999999f", "2000000000", "99999999999999999999"} {
		if _, err := FormatFloatSpec(1.5, spec, "float"); err == nil {
			t.Errorf("%q: no error", spec)
		}
		if _, err := FormatIntSpec(big.NewInt(1), spec, "int", 4300); err == nil {
			t.Errorf("%q: no error", spec)
		}
	}
	if s, err := FormatFloatSpec(1.5, ".2000f", "float"); err != nil || len(s) != 2002 {
		t.Errorf(".2000f: %d %v", len(s), err)
	}
}
