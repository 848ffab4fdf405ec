package literal

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// testFloats returns random bit patterns, random short decimals, values near
// the repr thresholds, halfway cases and the special values.
func testFloats(rng *rand.Rand, n int) []float64 {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998,
		1e-4, 1e-5, 0.0001, 0.00001, 123456789012345680, 1e22, 1e23, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(math.NaN(), -1),
		2e16 + 8, 0.125, 0.375, 1.25, 1.35, 2.675, 1e100, 1.7976931348623157e308, 2.2250738585072014e-308,
		0.3, 100, 1e6, 123.456, 99.995, 0.045, 9.5, 0.95, 0.0095}
	for len(fs) < n {
		switch rng.Intn(5) {
		case 0, 1:
			fs = append(fs, math.Float64frombits(rng.Uint64()))
		case 2:
			digits := rng.Intn(17) + 1
			m := rng.Int63n(int64(math.Pow10(digits)))
			e := rng.Intn(50) - 25
			f, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", m, e), 64)
			if rng.Intn(2) == 0 {
				f = -f
			}
			fs = append(fs, f)
		case 3:
			// Exactly representable halfway cases: k/2^j.
			f := float64(rng.Int63n(1<<20)) / float64(int64(1)<<uint(rng.Intn(12)))
			fs = append(fs, f)
		default:
			fs = append(fs, math.Pow(10, float64(rng.Intn(40)-20))*(1+float64(rng.Intn(3))*1e-16))
		}
	}
	return fs
}

func TestFormatFloatAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	fs := testFloats(rng, 20000)
	var in strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	script := `
import sys, struct
for line in sys.stdin.read().split():
    f = struct.unpack('>d', bytes.fromhex(line))[0]
    print(repr(f), repr(complex(f, 1.0)), repr(complex(0.0, f)), repr(complex(f, -f)), repr(complex(-0.0, f)), sep='\t')
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(fs) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(fs))
	}
	bad := 0
	for i, f := range fs {
		got := strings.Join([]string{FormatFloat(f), FormatComplex(f, 1), FormatComplex(0, f), FormatComplex(f, -f),
			FormatComplex(math.Copysign(0, -1), f)}, "\t")
		if got != lines[i] {
			bad++
			if bad < 10 {
				t.Errorf("float %016x (%v):\n got %s\nwant %s", math.Float64bits(f), f, got, lines[i])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(fs))
	}
}

func TestFormatFloatModeAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	fs := testFloats(rng, 2500)
	type spec struct {
		code  byte
		prec  int
		flags FloatFlags
	}
	// Each spec is also written as the Python format spec that reaches
	// PyOS_double_to_string with the same arguments.
	specs := []spec{}
	pyspecs := []string{}
	for _, code := range []byte{'e', 'f', 'g', 'E', 'F', 'G'} {
		for _, prec := range []int{0, 1, 2, 3, 6, 10, 17, 25} {
			for _, fl := range []FloatFlags{0, FloatSign, FloatAlt, FloatNoNegZero} {
				specs = append(specs, spec{code, prec, fl})
				p := ""
				switch fl {
				case FloatSign:
					p = "+"
				case FloatAlt:
					p = "#"
				case FloatNoNegZero:
					p = "z"
				}
				pyspecs = append(pyspecs, fmt.Sprintf("%s.%d%c", p, prec, code))
			}
		}
	}
	// No type with a precision: 'g' with FloatAddDot0.
	for _, prec := range []int{1, 2, 5, 12, 17} {
		specs = append(specs, spec{'g', prec, FloatAddDot0})
		pyspecs = append(pyspecs, fmt.Sprintf(".%d", prec))
	}
	var in strings.Builder
	in.WriteString(strings.Join(pyspecs, " ") + "\n")
	for _, f := range fs {
		fmt.Fprintf(&in, "%016x\n", math.Float64bits(f))
	}
	script := `
import sys, struct
lines = sys.stdin.read().split('\n')
specs = lines[0].split()
for line in lines[1:]:
    if not line: continue
    f = struct.unpack('>d', bytes.fromhex(line))[0]
    print('\t'.join(format(f, s) for s in specs))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(fs) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(fs))
	}
	bad := 0
	for i, f := range fs {
		want := strings.Split(lines[i], "\t")
		for j, s := range specs {
			got := FormatFloatMode(f, s.code, s.prec, s.flags)
			if got != want[j] {
				bad++
				if bad < 20 {
					t.Errorf("format(%v [%016x], %q): got %s want %s", f, math.Float64bits(f), pyspecs[j], got, want[j])
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(fs)*len(specs))
	}
}
