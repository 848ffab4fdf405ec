package stdlib

import (
	"bytes"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"minipy/internal/pyref"
)

// TestDecimalCasesFresh checks that testdata/decimal/cases.txt (replayed
// by the golden testdata/golden/decimal/decimal_cases.py) is what
// tools/gen_decimal_cases.py prints with python3's decimal.
func TestDecimalCasesFresh(t *testing.T) {
	py := pyref.Require(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(root, "tools", "gen_decimal_cases.py")).Output()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "testdata", "decimal", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, data) {
		t.Fatal("testdata/decimal/cases.txt is stale: python3 tools/gen_decimal_cases.py > testdata/decimal/cases.txt")
	}
}

// FuzzDecParsePlain checks _decimal_core's string fast path: it never
// panics, and what it accepts has the value math/big reads in the string.
func FuzzDecParsePlain(f *testing.F) {
	for _, s := range []string{"0", "-0", "1.50", "+1e3", "-1E-7", ".5", "5.", "123456789012345678",
		"1234567890123456789", "1e", "e5", "1.2.3", "--1", "1_000", " 1", "0.000000000000000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sign, coef, exp, ok := decParsePlain(s)
		if !ok || exp > 10000 || exp < -10000 {
			return // (math/big refuses huge exponents)
		}
		want, good := new(big.Rat).SetString(s)
		if !good {
			t.Fatalf("%q accepted, but math/big cannot read it", s)
		}
		got := new(big.Rat).SetInt(new(big.Int).SetUint64(coef))
		scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt64(exp)), nil))
		if exp < 0 {
			got.Quo(got, scale)
		} else {
			got.Mul(got, scale)
		}
		if sign == 1 {
			got.Neg(got)
		}
		if got.Cmp(want) != 0 {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
	})
}

func absInt64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
