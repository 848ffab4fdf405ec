package compiler

import (
	"strings"
	"testing"

	"minipy/lang/parser"
)

// FuzzCompile parses and compiles random input: it must never panic, and
// whatever compiles must pass Verify; an internal error ("compiler: ...")
// is a bug.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		"x = 1\n",
		"def f(a, *b, c=1, **d):\n    return [x for x in a if x]\n",
		"class C(B):\n    def m(self):\n        return super().m()\n",
		"try:\n    pass\nexcept* E as e:\n    pass\nfinally:\n    x()\n",
		"with a as b, c:\n    while x:\n        break\n",
		"async def f():\n    async for x in y:\n        await z\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.ParseFile("<fuzz>", src)
		if err != nil {
			return
		}
		code, err := CompileWith(mod, "<fuzz>", "exec", src, Options{})
		if err != nil {
			if strings.HasPrefix(err.(*parser.SyntaxError).Msg, "compiler:") {
				t.Fatalf("internal error: %v", err)
			}
			return
		}
		if err := Verify(code); err != nil {
			t.Fatalf("verify: %v\n%s", err, src)
		}
	})
}
