package compiler

import "fmt"

// Verify checks a code object and those among its constants: every opcode
// is real, operands are in range, jump targets and exception-table entries
// are well formed, and on every path the stack depth stays between 0 and
// StackSize and is the same wherever paths meet (handlers included).
func Verify(code *Code) error {
	if err := verifyOne(code); err != nil {
		return fmt.Errorf("%s: %v", code.QualName, err)
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			if err := Verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

func verifyOne(code *Code) error {
	n := len(code.Code)
	if n == 0 {
		return fmt.Errorf("empty code")
	}
	if len(code.Locations()) != n {
		return fmt.Errorf("location table has %d entries for %d instructions", len(code.Locations()), n)
	}
	nderef := len(code.CellVars) + len(code.FreeVars)
	for i, ins := range code.Code {
		op, arg := Decode(ins)
		if !op.Valid() {
			return fmt.Errorf("%d: invalid opcode %d", i, op)
		}
		if op.Info().Flags&FlagSuper != 0 {
			return fmt.Errorf("%d: superinstruction %s in compiled code", i, op)
		}
		var limit int
		switch op.Info().Arg {
		case ArgNone:
			limit = 1
		case ArgConst, ArgKwnames:
			limit = len(code.Consts)
		case ArgName:
			limit = len(code.Names)
		case ArgGlobal:
			limit = len(code.Names) << 1
		case ArgLocal:
			limit = len(code.VarNames)
		case ArgFree:
			limit = nderef
		case ArgJump:
			limit = n
		case ArgCmp:
			limit = len(CmpOpNames)
		case ArgBinop:
			limit = len(BinOpNames)
		default:
			limit = MaxArg + 1
		}
		if op == MAKE_CELL {
			limit = len(code.CellVars)
		}
		if arg >= limit {
			return fmt.Errorf("%d: %s operand %d out of range (limit %d)", i, op, arg, limit)
		}
	}
	prevEnd := 0
	for _, e := range code.ExceptionTable {
		if e.Start < prevEnd || e.Start >= e.End || e.End > n || e.Target < 0 || e.Target >= n || e.Depth < 0 {
			return fmt.Errorf("bad exception-table entry %+v", e)
		}
		prevEnd = e.End
	}
	depth := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	var err error
	reach := func(from, to, d int) {
		if err != nil {
			return
		}
		if to >= n {
			err = fmt.Errorf("%d: control runs off the end of the code", from)
			return
		}
		if d > code.StackSize {
			err = fmt.Errorf("%d: stack depth %d above StackSize %d", from, d, code.StackSize)
			return
		}
		if depth[to] < 0 {
			depth[to] = d
			work = append(work, to)
		} else if depth[to] != d {
			err = fmt.Errorf("%d: stack depth %d meets depth %d at %d", from, d, depth[to], to)
		}
	}
	reach(0, 0, 0)
	for len(work) > 0 && err == nil {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[i]
		op, arg := Decode(code.Code[i])
		if e, ok := code.Handler(i); ok {
			if e.Depth > d {
				return fmt.Errorf("%d: handler depth %d above stack depth %d", i, e.Depth, d)
			}
			h := e.Depth + 1
			if e.Lasti {
				h++
			}
			reach(i, e.Target, h)
		}
		pops, pushes, _ := StackEffect(op, arg, false)
		if pops > d {
			return fmt.Errorf("%d: %s pops %d from a stack of %d", i, op, pops, d)
		}
		if op.IsJump() {
			jp, jpush, _ := StackEffect(op, arg, true)
			reach(i, arg, d-jp+jpush)
		}
		if op.Info().Flags&(FlagExit|FlagUncondJump) == 0 {
			reach(i, i+1, d-pops+pushes)
		}
	}
	return err
}
