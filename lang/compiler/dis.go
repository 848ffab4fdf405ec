package compiler

import (
	"fmt"
	"strings"
)

// Disassemble prints code and, after it, every code object among its
// constants, in the manner of CPython 3.11's `python -m dis`. Offsets are
// instruction indices (minipy's jump operands), not bytes; the exception
// table lists "start to last -> target [depth]" with instruction indices.
func Disassemble(code *Code) string {
	var b strings.Builder
	disRecursive(&b, code)
	return b.String()
}

func disRecursive(b *strings.Builder, code *Code) {
	disOne(b, code)
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			fmt.Fprintf(b, "\nDisassembly of %s:\n", codeRepr(sub))
			disRecursive(b, sub)
		}
	}
}

func codeRepr(c *Code) string {
	return fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", c.Name, c, c.Filename, c.FirstLineno)
}

// ArgRepr is the disassembler's reading of an instruction's operand.
func ArgRepr(code *Code, op Opcode, arg int) string {
	name := func(list []string, i int) string {
		if i >= 0 && i < len(list) {
			return list[i]
		}
		return fmt.Sprintf("<%d>", i)
	}
	switch op.Info().Arg {
	case ArgKwnames:
		return "" // as CPython 3.11's dis, which resolves only LOAD_CONST
	case ArgConst:
		if arg < len(code.Consts) {
			if sub, ok := code.Consts[arg].(*Code); ok {
				return codeRepr(sub)
			}
			return ConstRepr(code.Consts[arg])
		}
		return fmt.Sprintf("<const %d>", arg)
	case ArgName:
		return name(code.Names, arg)
	case ArgGlobal:
		if arg&1 != 0 {
			return "NULL + " + name(code.Names, arg>>1)
		}
		return name(code.Names, arg>>1)
	case ArgLocal:
		return name(code.VarNames, arg)
	case ArgFree:
		if arg < len(code.CellVars) {
			return code.CellVars[arg]
		}
		return name(code.FreeVars, arg-len(code.CellVars))
	case ArgJump:
		return fmt.Sprintf("to %d", arg)
	case ArgCmp:
		if arg < len(CmpOpNames) {
			return CmpOpNames[arg]
		}
	case ArgBinop:
		if arg < len(BinOpNames) {
			return BinOpNames[arg]
		}
	case ArgSuper:
		return fmt.Sprintf("%d, %d", arg&0xfff, arg>>12)
	}
	switch op {
	case FORMAT_VALUE:
		s := [...]string{"", "str", "repr", "ascii"}[arg&3]
		if arg&FormatWithSpec != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	case MAKE_FUNCTION:
		var parts []string
		for i, n := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
			if arg&(1<<i) != 0 {
				parts = append(parts, n)
			}
		}
		return strings.Join(parts, ", ")
	}
	return ""
}

func disOne(b *strings.Builder, code *Code) {
	locs := code.Locations()
	targets := map[int]bool{}
	for _, ins := range code.Code {
		op, arg := Decode(ins)
		if op.IsJump() {
			targets[arg] = true
		}
	}
	for _, e := range code.ExceptionTable {
		targets[e.Target] = true
	}
	maxLine := 0
	for _, l := range locs {
		maxLine = max(maxLine, l.Line)
	}
	lineWidth := 3
	if maxLine >= 1000 {
		lineWidth = len(fmt.Sprint(maxLine))
	}
	offWidth := 4
	if len(code.Code) >= 10000 {
		offWidth = len(fmt.Sprint(len(code.Code)))
	}
	prevLine := -1
	for i, ins := range code.Code {
		op, arg := Decode(ins)
		line := -1
		if i < len(locs) {
			line = locs[i].Line
		}
		var f []string
		if line >= 0 && line != prevLine {
			if i > 0 {
				b.WriteString("\n")
			}
			f = append(f, fmt.Sprintf("%*d", lineWidth, line))
			prevLine = line
		} else {
			f = append(f, strings.Repeat(" ", lineWidth))
		}
		f = append(f, "  ")
		if targets[i] {
			f = append(f, ">>")
		} else {
			f = append(f, "  ")
		}
		f = append(f, fmt.Sprintf("%*d", offWidth, i), fmt.Sprintf("%-20s", op.String()))
		if op.HasArg() {
			f = append(f, fmt.Sprintf("%5d", arg))
			if r := ArgRepr(code, op, arg); r != "" {
				f = append(f, "("+r+")")
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(f, " "), " "))
		b.WriteString("\n")
	}
	if len(code.ExceptionTable) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range code.ExceptionTable {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(b, "  %d to %d -> %d [%d]%s\n", e.Start, e.End-1, e.Target, e.Depth, lasti)
		}
	}
}
