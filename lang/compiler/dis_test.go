package compiler

import (
	"regexp"
	"strings"
	"testing"

	"minipy/internal/pyref"
)

// disSnippets are compiled by both; their code has no call, so CPython's
// output has no PRECALL or inline caches.
var disSnippets = []string{
	"def f(x):\n    return x + 1\n",
	"def f(a, b):\n    while a < b:\n        a += 1\n        if a == 5:\n            break\n    return a\n",
	"def f(s):\n    t = 0\n    for c in s:\n        t = t * 2 + c\n    return [t, -1, s[1:2]]\n",
	"x = 1\nif x:\n    y = {'a': x, 'b': 2}\nelse:\n    del x\n",
	"def f(o):\n    o.a, o.b = o.b, o.a\n    return o.c or not o.d\n",
}

// normaliseDis drops what legitimately differs between CPython's dis and
// Disassemble: offsets (bytes there, instruction indices here), jump
// operands, code object addresses and line-number column widths.
var (
	disOffset = regexp.MustCompile(`^(\s*\d*\s+(?:>>)?\s*)\d+ `)
	disJump   = regexp.MustCompile(`\s+\d+ \(to \d+\)$`)
	disAddr   = regexp.MustCompile(` at 0x[0-9a-f]+`)
)

func normaliseDis(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = disOffset.ReplaceAllString(line, "$1")
		line = disJump.ReplaceAllString(line, " (jump)")
		line = disAddr.ReplaceAllString(line, "")
		out = append(out, strings.Join(strings.Fields(line), " "))
	}
	return strings.Join(out, "\n")
}

// TestDisassembleLikeCPython compares Disassemble with python3's dis.dis on
// small snippets, modulo offsets and jump operands.
func TestDisassembleLikeCPython(t *testing.T) {
	pyref.Require(t)
	for _, src := range disSnippets {
		want := string(pyref.Run(t, "import dis, sys; dis.dis(compile(sys.stdin.read(), 'x.py', 'exec'))", []byte(src)))
		co, err := CompileSource([]byte(src), "x.py", "exec", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(co); err != nil {
			t.Fatal(err)
		}
		got := Disassemble(co)
		if normaliseDis(got) != normaliseDis(want) {
			t.Errorf("%q:\n%s", src, firstDiff(normaliseDis(want), normaliseDis(got)))
		}
	}
}
