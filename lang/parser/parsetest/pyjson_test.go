package parsetest

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"
)

// runPythonJSON runs script under py with input as JSON on stdin and decodes
// its JSON stdout into out.
func runPythonJSON(t *testing.T, py, script string, input, out any) {
	t.Helper()
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
