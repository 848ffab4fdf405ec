package stdlib

import (
	"bytes"
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
