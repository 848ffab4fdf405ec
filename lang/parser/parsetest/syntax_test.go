package parsetest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"minipy/lang/parser"
)

// TestSyntaxGoldens parses each testdata/syntax case. A case passes when the
// error type and line are CPython's (and the message, for check_msg cases),
// or, for type OK, when it parses. Offsets and the other messages are
// reported as counts only: matching them everywhere is not required.
func TestSyntaxGoldens(t *testing.T) {
	repo, err := RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := ReadGoldens(filepath.Join(repo, "testdata", "syntax"))
	if err != nil {
		t.Fatal(err)
	}
	var failed []string
	var errCases, sameOffset, sameMsg int
	for _, g := range goldens {
		_, err := Parse(g.Name+".py", g.Src)
		if g.Type == "OK" {
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s: CPython parses it; minipy: %v", g.Name, err))
			}
			continue
		}
		errCases++
		var se *parser.SyntaxError
		if err == nil {
			failed = append(failed, fmt.Sprintf("%s: CPython: %s at line %d: %s; minipy parses it", g.Name, g.Type, g.Lineno, g.Msg))
			continue
		}
		if !errors.As(err, &se) {
			failed = append(failed, fmt.Sprintf("%s: CPython: %s at line %d: %s; minipy: not a *parser.SyntaxError: %v", g.Name, g.Type, g.Lineno, g.Msg, err))
			continue
		}
		if se.Offset == g.Offset {
			sameOffset++
		}
		if se.Msg == g.Msg {
			sameMsg++
		}
		var why []string
		if se.Kind != g.Type {
			why = append(why, "type")
		}
		if se.Lineno != g.Lineno {
			why = append(why, "line")
		}
		if g.CheckMsg && se.Msg != g.Msg {
			why = append(why, "message")
		}
		if why != nil {
			failed = append(failed, fmt.Sprintf("%s: %s differ: CPython %s at %d:%d %q; minipy %s at %d:%d %q",
				g.Name, strings.Join(why, ", "), g.Type, g.Lineno, g.Offset, g.Msg, se.Kind, se.Lineno, se.Offset, se.Msg))
		}
	}
	summary := fmt.Sprintf("%d passed, %d failed (syntax goldens; of the %d errors, %d at CPython's offset, %d with CPython's message)",
		len(goldens)-len(failed), len(failed), errCases, sameOffset, sameMsg)
	fmt.Println(summary)
	if len(failed) > 0 {
		t.Errorf("%s\n%s", summary, strings.Join(failed, "\n"))
	}
}
