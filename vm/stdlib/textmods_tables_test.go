package stdlib

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"minipy/internal/pyref"
)

// TestTextmodsTablesFresh checks that textmods_tables_py.go (errno's
// numbers, html.entities' tables) is what tools/gen_textmods_tables.py
// writes from the reference python3 today.
func TestTextmodsTablesFresh(t *testing.T) {
	py := pyref.Require(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, filepath.Join("tools", "gen_textmods_tables.py"), "-")
	cmd.Dir = root
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("gen_textmods_tables.py: %v", err)
	}
	got, err := os.ReadFile(filepath.Join(root, "vm", "stdlib", "textmods_tables_py.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatal("vm/stdlib/textmods_tables_py.go is stale: run python3 tools/gen_textmods_tables.py")
	}
}
