package compiler

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"minipy/lang/compiler/internal/opgen"
)

// TestOpcodesUpToDate fails when opcodes_gen.go or opcodes.md is not what
// `go generate` makes from opcodes.txt.
func TestOpcodesUpToDate(t *testing.T) {
	src, err := os.ReadFile("opcodes.txt")
	if err != nil {
		t.Fatal(err)
	}
	goSrc, md, err := opgen.Generate(src)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"opcodes_gen.go": goSrc, "opcodes.md": md} {
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s is stale: run go generate ./lang/compiler", name)
		}
	}
}

// TestStackEffectsAgainstCPython compares the net stack effect of every
// opcode minipy shares with CPython 3.11 with dis.stack_effect, for
// operands 0..7, with and without the jump.
func TestStackEffectsAgainstCPython(t *testing.T) {
	py := needPython(t)
	// RETURN_GENERATOR: minipy counts the value the first send() pushes
	// (CPython computes depths before inserting the prologue).
	changed := map[string]bool{"RETURN_GENERATOR": true}
	var names []string
	for op := Opcode(0); op < 256; op++ {
		if op.Valid() && op.Info().Flags&FlagSuper == 0 && !changed[op.String()] {
			names = append(names, op.String())
		}
	}
	script := `
import dis, sys
for name in sys.argv[1:]:
    op = dis.opmap[name]
    if op < dis.HAVE_ARGUMENT:
        print(name, "-", dis.stack_effect(op, jump=False), dis.stack_effect(op, jump=True))
        continue
    for arg in (2, 3) if name == "BUILD_SLICE" else range(8):
        nj, j = dis.stack_effect(op, arg, jump=False), dis.stack_effect(op, arg, jump=True)
        if name == "CALL":  # minipy's CALL is 3.11's PRECALL + CALL
            pre = dis.stack_effect(dis.opmap["PRECALL"], arg)
            nj, j = nj + pre, j + pre
        print(name, arg, nj, j)
`
	out, err := exec.Command(py, append([]string{"-c", script}, names...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	byName := map[string]Opcode{}
	for op := Opcode(0); op < 256; op++ {
		byName[op.String()] = op
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var name, argS string
		var nj, j int
		if _, err := fmt.Sscan(line, &name, &argS, &nj, &j); err != nil {
			t.Fatalf("bad line %q", line)
		}
		op := byName[name]
		arg := 0
		if argS != "-" {
			fmt.Sscan(argS, &arg)
		}
		p, q, _ := StackEffect(op, arg, false)
		if q-p != nj {
			t.Errorf("%s %s: effect %d, CPython %d", name, argS, q-p, nj)
		}
		if op.IsJump() {
			p, q, _ = StackEffect(op, arg, true)
			if q-p != j {
				t.Errorf("%s %s jump: effect %d, CPython %d", name, argS, q-p, j)
			}
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}
