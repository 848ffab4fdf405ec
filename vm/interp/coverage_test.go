//go:build coverage

package interp

// TestGoldenCoverage shows that the golden suite executes every opcode the
// compiler emits and calls every built-in the end-to-end issue lists. It
// needs the coverage build, in which the eval loop counts what it runs
// (vm/coverage.go); `make test` runs it as
//
//	go test -tags coverage ./vm/interp -run TestGoldenCoverage
//
// The opcodes the compiler can emit are found in its source (the opcode
// constants lang/compiler's code generator and assembler name); the
// built-ins are the issue's list, and every function of gc, math, time,
// atexit, _pickle and _codecs as the modules define them.

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"minipy/internal/pyref"
	"minipy/lang/compiler"
	"minipy/vm"
	"minipy/vm/objects"
)

// vmGaps are the opcodes the compiler emits but the eval loop does not
// execute yet (docs/ARCHITECTURE.md, "Known gaps"): none now. They are
// reported, not required; the test fails when one of them runs, so that
// the list only shrinks.
var vmGaps = map[string]string{}

// issueBuiltins are the built-in functions and types the issue lists; each
// must be called.
var issueBuiltins = strings.Fields(`print len range isinstance issubclass type repr str int
	float bool list dict tuple set frozenset bytes bytearray memoryview iter next enumerate zip
	map filter sorted reversed min max sum abs round divmod pow hash id ord chr hex oct bin
	format getattr setattr hasattr delattr callable all any input open vars dir globals locals
	exec eval compile object super property staticmethod classmethod exit quit`)

// sysData must be read, sysCalls called.
var (
	sysData  = strings.Fields("argv path modules stdout stderr stdin version version_info implementation maxsize")
	sysCalls = strings.Fields("exit getrefcount getrecursionlimit setrecursionlimit intern getallocatedblocks set_int_max_str_digits")
)

// coverage sums the Coverage of many interpreters.
type coverage struct {
	mu    sync.Mutex
	ops   [256]uint64
	calls map[string]uint64
	attrs map[string]uint64
}

func (c *coverage) add(v *vm.Coverage) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, n := range v.Ops {
		c.ops[i] += n
	}
	for k, n := range v.Calls {
		c.calls[k] += n
	}
	for k, n := range v.Attrs {
		c.attrs[k] += n
	}
}

func TestGoldenCoverage(t *testing.T) {
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	scripts := goldenScripts(t, root)
	cov := &coverage{calls: map[string]uint64{}, attrs: map[string]uint64{}}
	t.Run("run", func(t *testing.T) {
		for _, rel := range scripts {
			rel := rel
			t.Run(strings.TrimSuffix(rel, ".py"), func(t *testing.T) {
				t.Parallel()
				var stdout, stderr bytes.Buffer
				path := filepath.Join(root, rel)
				in, err := New(Config{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""), Argv: []string{path}})
				if err != nil {
					t.Fatal(err)
				}
				if _, err := in.RunFile(path); err != nil {
					t.Fatal(err)
				}
				cov.add(in.State.Coverage)
				in.Close()
			})
		}
	})

	var missing []string
	ranGaps := map[string]bool{}
	for _, name := range emittableOpcodes(t, root) {
		op := opcodeByName(name)
		n := cov.ops[op]
		if why, gap := vmGaps[name]; gap {
			if n > 0 {
				ranGaps[name] = true
				t.Errorf("opcode %s (%s) runs now: remove it from vmGaps", name, why)
			}
			continue
		}
		if n == 0 {
			missing = append(missing, "opcode "+name)
		}
	}
	var gaps []string
	for name := range vmGaps {
		if !ranGaps[name] {
			gaps = append(gaps, name+" ("+vmGaps[name]+")")
		}
	}
	sort.Strings(gaps)
	t.Logf("known gaps, opcodes the VM does not execute yet: %s", strings.Join(gaps, ", "))
	for _, b := range issueBuiltins {
		if cov.calls["builtins."+b] == 0 {
			missing = append(missing, "call builtins."+b)
		}
	}
	for _, a := range sysData {
		if cov.attrs["sys."+a] == 0 {
			missing = append(missing, "read sys."+a)
		}
	}
	for _, f := range sysCalls {
		if cov.calls["sys."+f] == 0 {
			missing = append(missing, "call sys."+f)
		}
	}
	for _, mod := range []string{"gc", "math", "time", "atexit", "_pickle", "_codecs"} {
		for _, f := range moduleFunctions(t, mod) {
			if cov.calls[mod+"."+f] == 0 {
				missing = append(missing, "call "+mod+"."+f)
			}
		}
	}
	for _, cls := range []string{"StringIO", "BytesIO", "TextIOWrapper", "BufferedReader", "BufferedWriter"} {
		if cov.attrs["io."+cls] == 0 && !calledType(cov.calls, cls) && !cov.readAny(cls) {
			missing = append(missing, "use io."+cls)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("the golden suite never executes %d of what it must:\n  %s", len(missing), strings.Join(missing, "\n  "))
	}
	if os.Getenv("MINIPY_COVERAGE_DUMP") != "" {
		dump(t, cov)
	}
}

// readAny: an io class used as a value (a file object's type) counts when
// one of its methods was called ("TextIOWrapper.write").
func (c *coverage) readAny(cls string) bool {
	for k := range c.calls {
		if strings.HasPrefix(k, cls+".") {
			return true
		}
	}
	return false
}

func calledType(calls map[string]uint64, cls string) bool {
	for k := range calls {
		if strings.HasSuffix(k, "."+cls) {
			return true
		}
	}
	return false
}

func dump(t *testing.T, cov *coverage) {
	var keys []string
	for k := range cov.calls {
		keys = append(keys, "call "+k)
	}
	for k := range cov.attrs {
		keys = append(keys, "attr "+k)
	}
	sort.Strings(keys)
	t.Logf("recorded:\n%s", strings.Join(keys, "\n"))
}

func opcodeByName(name string) int {
	for i := 0; i < 256; i++ {
		if compiler.Opcode(i).Info().Name == name {
			return i
		}
	}
	return -1
}

// emittableOpcodes are the real opcodes (not pseudo-instructions) named in
// the compiler's code generator and assembler: the ones it can emit.
func emittableOpcodes(t *testing.T, root string) []string {
	names := map[string]bool{}
	for i := 0; i < 256; i++ {
		if n := compiler.Opcode(i).Info().Name; n != "" {
			names[n] = true
		}
	}
	dir := filepath.Join(root, "lang", "compiler")
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		base := filepath.Base(f)
		// The table itself, the disassembler and the verifier name
		// opcodes without emitting them.
		if strings.HasSuffix(base, "_test.go") || base == "opcodes_gen.go" || base == "opcodes.go" ||
			base == "dis.go" || base == "verify.go" {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && names[id.Name] {
				seen[id.Name] = true
			}
			return true
		})
	}
	var out []string
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	if len(out) < 80 {
		t.Fatalf("only %d opcodes found in the compiler's source: %v", len(out), out)
	}
	return out
}

// moduleFunctions lists the public functions of a module written in Go.
func moduleFunctions(t *testing.T, mod string) []string {
	in, err := New(Config{Stdout: new(bytes.Buffer), Stderr: new(bytes.Buffer), Stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if in.RunString("import "+mod, "<string>") != 0 {
		t.Fatalf("import %s failed", mod)
	}
	ts := in.main.TS
	m := objects.DictGetItemStr(ts, in.State.Modules, mod)
	if m == nil {
		t.Fatalf("%s not in sys.modules", mod)
	}
	d := vm.ModuleDict(m)
	var out []string
	pos := 0
	for {
		k, v, ok := objects.DictNext(d, &pos)
		if !ok {
			break
		}
		name := objects.StrValue(k)
		if strings.HasPrefix(name, "_") || objects.AsBuiltinFunc(v) == nil {
			continue
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}
