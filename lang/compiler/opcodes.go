package compiler

//go:generate go run ./internal/opgen/cmd/opgen

import "strconv"

// Opcode is an instruction's operation. Ids below 256 are real opcodes (the
// low byte of an instruction); ids from 256 are the compiler's
// pseudo-instructions, which never reach Code.Code.
type Opcode uint16

// ArgKind says what an instruction's operand means.
type ArgKind uint8

// Operand kinds.
const (
	ArgNone    ArgKind = iota // no operand (encoded as 0)
	ArgNum                    // a plain number
	ArgConst                  // index into Code.Consts
	ArgName                   // index into Code.Names
	ArgLocal                  // index into Code.VarNames
	ArgFree                   // index into CellVars, then FreeVars (len(CellVars)+i)
	ArgCmp                    // COMPARE_OP: index into CmpOpNames
	ArgBinop                  // BINARY_OP: NB_* index into BinOpNames
	ArgJump                   // absolute instruction index
	ArgGlobal                 // LOAD_GLOBAL: name index << 1 | push-NULL bit
	ArgKwnames                // KW_NAMES: index of a constant tuple of str
	ArgSuper                  // superinstruction: two 12-bit operands (first in the low half)
)

// Opcode flags.
const (
	FlagCondJump   = 1 << iota // may jump or fall through
	FlagUncondJump             // always jumps
	FlagExit                   // never falls through and never jumps: return, raise
	FlagBlock                  // pseudo: sets up an exception handler
	FlagLasti                  // the handler also receives the instruction offset
	FlagPseudo                 // compiler-only
	FlagSuper                  // superinstruction, made by the VM, never by the compiler
)

// OpInfo describes an opcode; the table is generated from opcodes.txt.
type OpInfo struct {
	Name    string
	Arg     ArgKind
	Flags   int
	Picture string // stack picture, as documentation
}

// Info returns the description of op; Name is "" for an unknown opcode.
func (op Opcode) Info() OpInfo {
	if int(op) < len(opTable) {
		return opTable[op]
	}
	return OpInfo{}
}

func (op Opcode) String() string {
	if n := op.Info().Name; n != "" {
		return n
	}
	return "<" + strconv.Itoa(int(op)) + ">"
}

// HasArg reports whether op takes an operand.
func (op Opcode) HasArg() bool { return op.Info().Arg != ArgNone }

// IsJump reports whether op has a jump target operand.
func (op Opcode) IsJump() bool { return op.Info().Arg == ArgJump }

// Valid reports whether op is a real opcode (one that may appear in code).
func (op Opcode) Valid() bool {
	in := op.Info()
	return in.Name != "" && in.Flags&FlagPseudo == 0
}

// Instruction encoding: 8-bit opcode, 24-bit operand.
const (
	ArgBits = 24
	MaxArg  = 1<<ArgBits - 1
)

// Encode packs an instruction.
func Encode(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// Decode unpacks an instruction.
func Decode(ins uint32) (Opcode, int) { return Opcode(ins & 0xff), int(ins >> 8) }

// BinOpNames are the BINARY_OP operands (CPython's NB_* order); from 13 on
// the in-place forms.
var BinOpNames = [...]string{"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
	"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="}

// NB_* operands of BINARY_OP.
const (
	NB_ADD = iota
	NB_AND
	NB_FLOOR_DIVIDE
	NB_LSHIFT
	NB_MATRIX_MULTIPLY
	NB_MULTIPLY
	NB_REMAINDER
	NB_OR
	NB_POWER
	NB_RSHIFT
	NB_SUBTRACT
	NB_TRUE_DIVIDE
	NB_XOR
	NB_INPLACE_ADD // NB_x + NB_INPLACE_ADD is the in-place form of NB_x
)

// CmpOpNames are the COMPARE_OP operands (CPython's Py_LT... order).
var CmpOpNames = [...]string{"<", "<=", "==", "!=", ">", ">="}

// MAKE_FUNCTION operand bits.
const (
	MakeFunctionDefaults    = 0x01
	MakeFunctionKwDefaults  = 0x02
	MakeFunctionAnnotations = 0x04
	MakeFunctionClosure     = 0x08
)

// FORMAT_VALUE operand: conversion in the low 2 bits, spec flag.
const (
	FormatConvNone  = 0
	FormatConvStr   = 1
	FormatConvRepr  = 2
	FormatConvASCII = 3
	FormatWithSpec  = 4
)
