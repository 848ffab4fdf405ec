package ast_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"

	"minipy/internal/pyref"
)

// python3 returns the path of CPython 3.11 (see internal/pyref: the test is
// skipped locally without it and fails under CI=true).
func python3(t *testing.T) string { return pyref.Require(t) }

// runPython runs script with input as JSON on stdin and decodes its JSON
// stdout into out.
func runPython(t *testing.T, script string, input, out any) {
	t.Helper()
	py := python3(t)
	in, err := json.Marshal(input)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("python3 output: %v\n%s", err, res)
	}
}
