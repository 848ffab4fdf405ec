package parsetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGoldensUpToDate runs tools/gen_syntax.py --check: the committed
// goldens must be exactly what python3 3.11 reports today.
func TestGoldensUpToDate(t *testing.T) {
	py, err := FindPython()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and no python3 3.11: %v", err)
		}
		t.Skipf("no python3 3.11 (%v); under CI=true this test fails", err)
	}
	repo, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(repo, "tools", "gen_syntax.py"), "--check").CombinedOutput()
	if err != nil {
		t.Fatalf("gen_syntax.py --check: %v\n%s", err, out)
	}
	goldens, err := ReadGoldens(filepath.Join(repo, "testdata", "syntax"))
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) < 70 {
		t.Errorf("%d goldens, want at least 70", len(goldens))
	}
}
