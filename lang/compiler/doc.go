// Package compiler turns a parsed module (lang/ast) into code objects, as
// CPython 3.11's Python/symtable.c and Python/compile.c do.
//
// Pipeline: constant folding (fold.go, CPython's ast_opt.c, including the
// rewrite of `'%s' % (x,)` into an f-string; done lazily and memoised so
// the caller's tree is not modified) → symbol tables
// (symtable.go, analyze.go: local, global, free, cell, with CPython's flag
// bits, compared with python3's `symtable` module) → code generation into
// a flow graph of basic blocks with pseudo-instructions (compile.go,
// expr.go, match.go for pattern matching) → assembly (assemble.go):
// implicit return, prologue (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR),
// peephole (constant conditions, constant tuples, `a, b = b, a`, `is None`
// jumps, jump threading, copying small implicit-return blocks),
// unreachable-code removal, trailing unused constants dropped, line
// propagation, stack depth by abstract interpretation, exception-handler
// labelling, cold blocks last, jump resolution. Verify (verify.go) checks a
// finished Code independently; Disassemble (dis.go) prints it like
// `python -m dis`.
//
// # Opcodes
//
// opcodes.txt is the one definition: ids, names, operand kinds, flags and
// stack effects (as a function of the operand and of whether the jump is
// taken). `go generate` (internal/opgen) writes opcodes_gen.go and
// opcodes.md from it; TestOpcodesUpToDate fails when they are stale, and
// TestStackEffectsAgainstCPython compares every shared opcode's effect with
// python3's dis.stack_effect. Real opcodes keep CPython 3.11's numbers.
//
// # Where minipy departs from CPython 3.11, and why
//
//   - Instructions are uint32: opcode in the low 8 bits, operand in the high
//     24. There is no EXTENDED_ARG (an operand above 2^24-1 is a compile
//     error) and no CACHE entries: inline caches, if the VM wants them, live
//     in side tables indexed by instruction.
//   - Jump operands are absolute instruction indices, and offsets in the
//     exception table and in Disassemble are instruction indices, not bytes.
//     The direction-specific forms (JUMP_FORWARD/JUMP_BACKWARD,
//     POP_JUMP_FORWARD_IF_*/POP_JUMP_BACKWARD_IF_*) are kept so that the VM
//     knows without a compare where to check the eval breaker (backward
//     jumps, as CPython).
//   - No PRECALL: CALL n does what 3.11's PRECALL+CALL pair does (the stack
//     is [NULL|method, callable|self, args...]; KW_NAMES names the trailing
//     keyword arguments). As in 3.11, when the slot below the callable is
//     not NULL it is the callable and the item above it is its first
//     argument: decorators, comprehensions (`CALL 0` on [function,
//     iterator]) and `assert x, msg` rely on that. PRECALL exists in 3.11 only to host
//     specialisations of the bound-method unpacking; with one instruction
//     the VM does one dispatch per call.
//   - Cell and free variables are numbered cells first, then free variables
//     (operand i < len(CellVars) is CellVars[i], else
//     FreeVars[i-len(CellVars)]), not by CPython's "localsplus" slot. A
//     parameter that is also a cell is in both VarNames and CellVars;
//     Code.CellArgs tells MAKE_CELL which argument the cell starts from.
//   - RETURN_GENERATOR's stack effect counts the value the first send()
//     pushes (CPython computes depths before inserting the prologue).
//   - Slices use BUILD_SLICE + BINARY_SUBSCR as 3.11 (not 3.12's
//     BINARY_SLICE): one code path for every subscript.
//   - Superinstructions (LOAD_FAST__LOAD_FAST, ...) have ids and stack
//     effects in the table but are never emitted: the VM may fuse two to
//     four instructions in place later (a "super" operand packs two
//     12-bit indices; the fused slots keep their instructions).
//   - Not done: compile.c's static swap elimination (apply_static_swaps)
//     and some of its line-number fixes (duplicate_exits_without_lineno);
//     jump threading and exit-block copying are done. These change layout
//     and line attribution only, not co_consts, names or behaviour: every
//     code object of the stdlib sample (about 12,000) has CPython's
//     co_consts, co_names, co_varnames, co_cellvars, co_freevars, co_flags,
//     co_argcount and co_qualname (TestCompileStdlib), and small snippets
//     disassemble exactly as CPython's dis, offsets and jump operands aside
//     (TestDisassembleLikeCPython).
//
// # Errors
//
// Compile errors are *parser.SyntaxError (the parser's shape, so the
// command line prints them the same way), with CPython's messages and
// positions: Offset is the 1-based byte column, as compile.c reports it.
// Internal inconsistencies (a stack-depth mismatch) are reported as
// SyntaxErrors whose message starts with "compiler:"; they are bugs.
//
// Compile-time SyntaxWarnings (warn.go: `is` with a literal, assert of a
// tuple, call or subscript of a literal) go to Options.Warn in the order
// code generation meets them, as CPython's compiler_warn; the compiler
// prints nothing. vm's Thread.Compile shows them on sys.stderr in the
// warnings module's default format (there is no warnings filter yet).
//
// # Invariants
//
// Every Code this package returns passes Verify. Constants are nil, bool,
// *big.Int, float64, complex128, string (WTF-8), []byte, ast.EllipsisValue,
// *Code, ConstTuple and ConstFrozenset, deduplicated by type and value
// (1, 1.0 and True stay distinct). No package-level mutable state.
//
// This package imports only lang/*; it never imports vm/*: constants in code
// objects are plain Go values that the VM turns into objects.
package compiler
