package compiler

import (
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"minipy/internal/pyref"
)

// codeCmp compares two Codes field by field (the cached key aside).
var codeCmp = []cmp.Option{
	cmpopts.IgnoreUnexported(Code{}),
	cmpopts.EquateEmpty(),
	cmpopts.EquateNaNs(),
	cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 }),
	// -0.0 and 0.0 are different constants: compare floats by bits.
	cmp.Comparer(func(a, b float64) bool { return a == b && (a != 0 || (1/a > 0) == (1/b > 0)) || a != a && b != b }),
}

// roundTrip marshals c, reads it back, and reports any difference.
func roundTrip(t *testing.T, name string, c *Code) {
	t.Helper()
	b := Marshal(nil, c)
	got, err := Unmarshal(b)
	if err != nil {
		t.Fatalf("%s: Unmarshal: %v", name, err)
	}
	if d := cmp.Diff(c, got, codeCmp...); d != "" {
		t.Fatalf("%s: round trip differs (-want +got):\n%s", name, d)
	}
	// Truncated input is an error, never a panic or a Code.
	for _, n := range []int{0, 1, len(b) / 2, len(b) - 1} {
		if _, err := Unmarshal(b[:n]); err == nil {
			t.Fatalf("%s: Unmarshal of %d of %d bytes succeeded", name, n, len(b))
		}
	}
}

// TestMarshalRoundTrip compiles every script of the repo's golden tests
// and checks that Marshal and Unmarshal give back the same Code
// (TestCompileStdlib does the same for its stdlib corpus).
func TestMarshalRoundTrip(t *testing.T) {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, dir := range []string{"testdata/golden", "testdata/minipy"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
				paths = append(paths, p)
			}
			return nil
		})
	}
	if len(paths) < 100 {
		t.Fatalf("only %d files found", len(paths))
	}
	n := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := CompileSource(src, p, "exec", Options{})
		if err != nil {
			continue // scripts that test syntax errors
		}
		roundTrip(t, p, c)
		n++
	}
	t.Logf("%d modules round-tripped", n)
}

// TestMarshalConstants covers every constant type, including the ones
// rare in real code (big ints, complex, NaN, -0.0, nested tuples).
func TestMarshalConstants(t *testing.T) {
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	c, err := CompileSource([]byte("pass"), "x", "exec", Options{})
	if err != nil {
		t.Fatal(err)
	}
	c.Consts = []any{nil, true, false, big.NewInt(-5), big.NewInt(0), huge, 1.5, -0.0, 0.0,
		complex(1, -2), "", "é\x00", []byte{}, []byte{0, 255}, ConstTuple{ConstTuple{}, "a", big.NewInt(1)},
		ConstFrozenset{"x", 2.0}, ConstTuple(nil)}
	roundTrip(t, "constants", c)
}

// TestMarshalCoversCode fails when Code gains a field: add it to Marshal
// and Unmarshal (and bump MarshalVersion), then to this list.
func TestMarshalCoversCode(t *testing.T) {
	var fields []string
	for f := range reflect.TypeFor[Code]().Fields() {
		if f.IsExported() {
			fields = append(fields, f.Name)
		}
	}
	want := []string{"ArgCount", "CellArgs", "CellVars", "Code", "Consts", "ExceptionTable", "Filename",
		"FirstLineno", "Flags", "FreeVars", "KwOnlyArgCount", "LineTable", "Name", "Names",
		"PosOnlyArgCount", "QualName", "StackSize", "VarNames"}
	slices.Sort(fields)
	if !slices.Equal(fields, want) {
		t.Fatalf("Code's fields are %v; Marshal writes %v", fields, want)
	}
}

// FuzzUnmarshal: arbitrary bytes give a Code or an error, never a panic,
// and a Code that comes back marshals to the same bytes.
func FuzzUnmarshal(f *testing.F) {
	for _, src := range []string{"x = 1", "def f(a, *b, c=2):\n    return (a, b, c, 1.5, 'é', b'x', ...)\n", "class A:\n    def m(self): return lambda: self\n"} {
		c, err := CompileSource([]byte(src), "f", "exec", Options{})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(Marshal(nil, c))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Unmarshal(b)
		if err != nil {
			return
		}
		// Re-marshalling may normalise (an int's encoding), but reading
		// that back must give an equal Code.
		c2, err := Unmarshal(Marshal(nil, c))
		if err != nil {
			t.Fatalf("re-marshalled code does not read back: %v", err)
		}
		if d := cmp.Diff(c, c2, codeCmp...); d != "" {
			t.Fatalf("re-marshalled code differs:\n%s", d)
		}
	})
}
