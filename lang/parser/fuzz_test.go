package parser

import (
	"errors"
	"testing"
)

// seeds are small sources covering the grammar; the fuzzers start from them
// and from testdata/fuzz/<Target> (the committed corpus: crashers found
// earlier stay there as regressions, run by every `go test`).
var seeds = []string{
	"x = 1\n",
	"def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    return a\n",
	"class C(B, metaclass=M):\n    @property\n    def x(self): ...\n",
	"async def f():\n    async with a as b, c:\n        await x\n    async for i in y: pass\n",
	"match p:\n    case [1, *r] | {'k': v, **kw} | C(a, b=c) as z if z: pass\n    case _: pass\n",
	"try:\n    pass\nexcept* E as e:\n    raise X from e\n",
	"with (open(a) as f, open(b) as g):\n    pass\n",
	"x = [i for i in y if i] + {k: v for k, v in z} + {*a} + (g for g in h)\n",
	"f'{a!r:>{w}} {b=} {c:{d}.{e}}' 'x' rb'\\x00' u'\\N{BULLET}'\n",
	"lambda x, *, y=1: (z := x) if y else -x ** 2\n",
	"a[1:2, ::3, ...] = b[c] = d\n",
	"del a, b[0], c.d\nglobal g\nassert x, 'm'\nimport a.b as c\nfrom .. import (d, e as f)\n",
	"if x:\n  pass\nelif y:\n\tpass\n",
	"0x_ff + 0o17 + 0b1 + 1_000.5e-3j + .5 + 1.\n",
	"x = (1,\n",
	"'''\n",
	"if x\n",
	"  x\n",
}

func addSeeds(f *testing.F) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}

func checkErr(t *testing.T, err error) {
	if err == nil {
		return
	}
	var se *SyntaxError
	var le *LimitError
	if !errors.As(err, &se) && !errors.As(err, &le) {
		t.Fatalf("error of type %T: %v", err, err)
	}
	if se != nil {
		_ = se.Format()
	}
}

func FuzzTokenize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		toks, err := Tokenize("<fuzz>", src)
		checkErr(t, err)
		if err == nil && (len(toks) == 0 || toks[len(toks)-1].Type != tkEOF) {
			t.Fatalf("token stream does not end with EOF")
		}
	})
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := ParseFile("<fuzz>", src)
		checkErr(t, err)
		if err == nil {
			_ = Dump(mod, true)
		}
		e, err := ParseExpr("<fuzz>", src)
		checkErr(t, err)
		if err == nil {
			_ = Dump(e, false)
		}
	})
}
