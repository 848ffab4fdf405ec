package parsetest

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"minipy/lang/ast"
	"minipy/lang/parser"
)

// deepCases are sources nested far beyond any real program. CPython 3.11's
// parser stops them with SyntaxError ("too many nested parentheses", 200
// levels of brackets), MemoryError (its parser stack, MAXSTACK 6000) or, for
// left-recursive chains its parser handles, RecursionError while converting
// the C tree to Python objects ("during ast construction").
var deepCases = []string{
	strings.Repeat("-", 100000) + "1",
	strings.Repeat("not ", 100000) + "1",
	strings.Repeat("~", 100000) + "1",
	strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000),
	strings.Repeat("[", 100000),
	strings.Repeat("(", 201) + "1" + strings.Repeat(")", 201),
	strings.Repeat("(", 200) + "1" + strings.Repeat(")", 200),
	strings.Repeat("lambda:", 100000) + "1",
	strings.Repeat("1**", 100000) + "1",
	strings.Repeat("x if x else ", 100000) + "1",
	strings.Repeat("await ", 100000) + "x",
	strings.Repeat("1+", 100000) + "1",
	"a" + strings.Repeat(".a", 100000),
	"a" + strings.Repeat("[0]", 100000),
	"f" + strings.Repeat("()", 100000),
	strings.Repeat("-", 5000) + "1",
	nestedIfs(99), // 100 levels of indentation are too many; 99 parse
}

func nestedIfs(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

const deepScript = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(["OK", ""])
    except BaseException as e:
        out.append([type(e).__name__, str(e)])
json.dump(out, sys.stdout)
`

// TestDeepNesting checks that each deep case ends as CPython's does: the
// same exception type where CPython's parser raises; where only CPython's
// conversion to Python objects fails (RecursionError during ast
// construction), minipy may also succeed, having no such conversion. Each
// case runs in a child process so that a Go stack overflow, which cannot be
// recovered, is reported as this case's failure.
func TestDeepNesting(t *testing.T) {
	if i := os.Getenv("PARSETEST_DEEP_CASE"); i != "" {
		return // the child side is TestDeepNestingChild
	}
	py := requirePython(t)
	var want [][2]string
	runPythonJSON(t, py, deepScript, deepCases, &want)
	var failed []string
	for i, src := range deepCases {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeepNestingChild$", "-test.v")
		cmd.Env = append(os.Environ(), "PARSETEST_DEEP_CASE="+strconv.Itoa(i))
		out, err := cmd.CombinedOutput()
		got, gotMsg, ok := childVerdict(string(out))
		desc := fmt.Sprintf("case %d (%.30q..., %d bytes)", i, src, len(src))
		if !ok {
			failed = append(failed, fmt.Sprintf("%s: child died (%v):\n%s", desc, err, tail(string(out), 1500)))
			continue
		}
		wantType, wantMsg := want[i][0], want[i][1]
		pass := got == wantType ||
			(wantType == "RecursionError" && strings.Contains(wantMsg, "during ast construction") &&
				(got == "OK" || got == "MemoryError"))
		if !pass {
			failed = append(failed, fmt.Sprintf("%s: CPython %s (%s), minipy %s (%.200s)", desc, wantType, wantMsg, got, gotMsg))
		}
	}
	summary := fmt.Sprintf("%d passed, %d failed (deep nesting)", len(deepCases)-len(failed), len(failed))
	fmt.Println(summary)
	if len(failed) > 0 {
		t.Errorf("%s\n%s", summary, strings.Join(failed, "\n"))
	}
}

// TestDeepNestingChild parses one deep case (in the child process) and
// prints "VERDICT <type>": OK, or the Python exception type of the error.
// It also dumps and walks a tree it gets, which must not overflow either.
func TestDeepNestingChild(t *testing.T) {
	s := os.Getenv("PARSETEST_DEEP_CASE")
	if s == "" {
		t.Skip("child of TestDeepNesting")
	}
	i, _ := strconv.Atoi(s)
	mod, err := Parse("<deep>", []byte(deepCases[i]))
	msg := ""
	if err != nil {
		msg = strings.ReplaceAll(err.Error(), "\n", " ")
	}
	fmt.Println("VERDICT " + errorType(err) + "\t" + msg)
	if err == nil {
		ast.Dump(mod, true)
		ast.Inspect(mod, func(ast.Node) bool { return true })
	}
}

// errorType names the Python exception an error from the parser stands for:
// a *parser.SyntaxError's Kind, or else the first Python exception name in
// the error text (MemoryError, RecursionError), or "OK" for nil.
func errorType(err error) string {
	if err == nil {
		return "OK"
	}
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		return se.Kind
	}
	msg := err.Error()
	for _, k := range []string{"MemoryError", "RecursionError", "SyntaxError"} {
		if strings.Contains(msg, k) {
			return k
		}
	}
	return "Go error: " + msg
}

// childVerdict finds the child's VERDICT line: the error type and message.
func childVerdict(out string) (typ, msg string, ok bool) {
	for _, l := range strings.Split(out, "\n") {
		if v, found := strings.CutPrefix(l, "VERDICT "); found {
			typ, msg, _ = strings.Cut(v, "\t")
			return typ, msg, !strings.Contains(out, "\nFAIL")
		}
	}
	return "", "", false
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}
