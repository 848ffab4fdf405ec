package parser

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

func requirePython(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err == nil {
		out, verr := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
		if verr == nil && strings.TrimSpace(string(out)) == "True" {
			return py
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("CI=true and no python3 3.11")
	}
	t.Skip("no python3 3.11; under CI=true this test fails")
	return ""
}

func TestTokenizeKinds(t *testing.T) {
	toks, err := Tokenize("t.py", []byte("if x:\n    y = f'{a}' + 0x1_f\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		if tk.Type == lexer.EOF {
			got = append(got, "EOF")
			continue
		}
		got = append(got, kindNames[tk.Type]+":"+tk.Value)
	}
	want := "if:if Name:x ::: Newline:\n Indent: Name:y =:= String:f'{a}' +:+ Number:0x1_f Newline:\n Dedent: EOF"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tokens:\n got %q\nwant %q", g, want)
	}
}

func TestParseModes(t *testing.T) {
	e, err := ParseExpr("<eval>", []byte("a + b * 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Dump(e, false); got != "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2))))" {
		t.Errorf("ParseExpr: %s", got)
	}
	i, err := ParseInteractive("<stdin>", []byte("x = 1; y = 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(i.Body) != 2 {
		t.Errorf("ParseInteractive: %d statements", len(i.Body))
	}
}

// TestFormatMatchesCPython runs python3 on bad files and compares what it
// prints for the SyntaxError with SyntaxError.Format.
func TestFormatMatchesCPython(t *testing.T) {
	py := requirePython(t)
	cases := []string{
		"if x\n    pass\n",
		"x = (1,\n2\n",
		"print 'x'\n",
		"x = )\n",
		"f() = 1\n",
		"  a\n",
		"if x:\n    a\n  b\n",
		"x = 'abc\n",
		"def f(:\n",
		"a = 1_\n",
		"é = $\n",
		"if x:\npass\n",
		"x = [1, 2,\n\ny = 3\n",
		"try:\n    pass\nx = 1\n",
		"del f()\n",
		"x = 0b2\n",
		"x = f'{a!z}' + 1\n",
		"x = '\\x'\n",
		"x = b'a' 'b'\n",
		"if x = 1:\n    pass\n",
		"x = 1\n\tif y:\n        pass\n",
		"class C(x for x in y): pass\n",
	}
	dir := t.TempDir()
	for i, src := range cases {
		name := filepath.Join(dir, "t"+string(rune('a'+i))+".py")
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, _ := exec.Command(py, name).CombinedOutput()
		want := string(out)
		_, err := ParseFile(name, []byte(src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: no SyntaxError (%v); CPython:\n%s", src, err, want)
			continue
		}
		if got := se.Format(); got != want {
			t.Errorf("%q:\n got:\n%s\nwant:\n%s", src, got, want)
		}
	}
}

// TestParseModesMatchCPython compares eval and single mode dumps with
// CPython's ast.parse(..., mode=...).
func TestParseModesMatchCPython(t *testing.T) {
	py := requirePython(t)
	evals := []string{"a + b * -c ** d", "[x async for x in y if x]", "f'{a!r:{b}}' 'c'", "\n(yield)\n", "lambda *a, b=1, **c: (a, b, c)"}
	singles := []string{"x = 1; y = 2\n", "if x:\n    pass\n", "@d\nclass C: pass\n"}
	check := func(mode, src, got string) {
		out, err := exec.Command(py, "-c", "import ast, sys; print(ast.dump(ast.parse(sys.argv[1], mode=sys.argv[2]), include_attributes=True))", src, mode).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		if want := strings.TrimSpace(string(out)); got != want {
			t.Errorf("%s %q:\n got %s\nwant %s", mode, src, got, want)
		}
	}
	for _, src := range evals {
		e, err := ParseExpr("<eval>", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		check("eval", src, Dump(e, true))
	}
	for _, src := range singles {
		i, err := ParseInteractive("<single>", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		check("single", src, Dump(i, true))
	}
}

// TestFStringPositionsMatchCPython covers CPython 3.11's f-string position
// quirks: parts spanning the whole concatenation, format specs spanning one
// token, multi-line replacement fields, nested specs.
func TestFStringPositionsMatchCPython(t *testing.T) {
	py := requirePython(t)
	cases := []string{
		"x = f\"\"\"abc\n{\n  a\n}  {b\n  + c}\"\"\"\n",
		"x = (f\"a\" \"b\"\n  f\"{c}\" f\"{d:{e}}\")\n",
		"x = f\"{ a = }{b=!s:>10}\"\n",
		"x = f\"\\N{BULLET}{a}{{}}\" u\"b\"\n",
		"x = f'''{a\n+b}''' f'{x:{y}.{z}}'\n",
		"x = f\"{a}\"\\\n  f\"{b}\"\n",
		"x = f\"{f'{a}'}\" rf\"\\{b}\"\n",
	}
	for _, src := range cases {
		m, err := ParseFile("<exec>", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		out, err := exec.Command(py, "-c", "import ast, sys; print(ast.dump(ast.parse(sys.argv[1]), include_attributes=True))", src).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		if got, want := Dump(m, true), strings.TrimSpace(string(out)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", src, got, want)
		}
	}
}

// TestSingleModeErrorsMatchCPython: 'single' mode takes one statement.
func TestSingleModeErrorsMatchCPython(t *testing.T) {
	py := requirePython(t)
	for _, src := range []string{"x = 1\ny = 2\n", "if x:\n  pass\ny = 2\n"} {
		out, err := exec.Command(py, "-c", `import sys
try:
    compile(sys.argv[1], "<s>", "single")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)`, src).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		_, perr := ParseInteractive("<s>", []byte(src))
		var se *SyntaxError
		if !errors.As(perr, &se) {
			t.Errorf("%q: %v", src, perr)
			continue
		}
		if got, want := fmt.Sprintf("%s %d %d", se.Msg, se.Lineno, se.Offset), strings.TrimSpace(string(out)); got != want {
			t.Errorf("%q: got %s, want %s", src, got, want)
		}
	}
}
