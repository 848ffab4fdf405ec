package literal

import (
	"testing"

	"minipy/internal/pyref"
)

// runPython runs script under python3 (see internal/pyref: skipped locally
// without python3 3.11, failing under CI=true) and returns its stdout.
func runPython(t *testing.T, script string, stdin []byte) []byte {
	t.Helper()
	return pyref.Run(t, script, stdin)
}

// pyLines splits python's output on '\n' only (never on other line breaks).
func pyLines(out []byte) []string { return pyref.Lines(out) }
