package vm

import (
	"unsafe"

	"minipy/lang/compiler"
	"minipy/vm/objects"
)

// Opcodes, as untyped constants for the switch.
const (
	opPOP_TOP                       = uint32(compiler.POP_TOP)
	opPUSH_NULL                     = uint32(compiler.PUSH_NULL)
	opNOP                           = uint32(compiler.NOP)
	opUNARY_POSITIVE                = uint32(compiler.UNARY_POSITIVE)
	opUNARY_NEGATIVE                = uint32(compiler.UNARY_NEGATIVE)
	opUNARY_NOT                     = uint32(compiler.UNARY_NOT)
	opUNARY_INVERT                  = uint32(compiler.UNARY_INVERT)
	opBINARY_SUBSCR                 = uint32(compiler.BINARY_SUBSCR)
	opGET_LEN                       = uint32(compiler.GET_LEN)
	opMATCH_MAPPING                 = uint32(compiler.MATCH_MAPPING)
	opMATCH_SEQUENCE                = uint32(compiler.MATCH_SEQUENCE)
	opMATCH_KEYS                    = uint32(compiler.MATCH_KEYS)
	opMATCH_CLASS                   = uint32(compiler.MATCH_CLASS)
	opGET_AWAITABLE                 = uint32(compiler.GET_AWAITABLE)
	opGET_AITER                     = uint32(compiler.GET_AITER)
	opGET_ANEXT                     = uint32(compiler.GET_ANEXT)
	opBEFORE_ASYNC_WITH             = uint32(compiler.BEFORE_ASYNC_WITH)
	opEND_ASYNC_FOR                 = uint32(compiler.END_ASYNC_FOR)
	opASYNC_GEN_WRAP                = uint32(compiler.ASYNC_GEN_WRAP)
	opPUSH_EXC_INFO                 = uint32(compiler.PUSH_EXC_INFO)
	opCHECK_EXC_MATCH               = uint32(compiler.CHECK_EXC_MATCH)
	opWITH_EXCEPT_START             = uint32(compiler.WITH_EXCEPT_START)
	opBEFORE_WITH                   = uint32(compiler.BEFORE_WITH)
	opSTORE_SUBSCR                  = uint32(compiler.STORE_SUBSCR)
	opDELETE_SUBSCR                 = uint32(compiler.DELETE_SUBSCR)
	opGET_ITER                      = uint32(compiler.GET_ITER)
	opGET_YIELD_FROM_ITER           = uint32(compiler.GET_YIELD_FROM_ITER)
	opPRINT_EXPR                    = uint32(compiler.PRINT_EXPR)
	opLOAD_BUILD_CLASS              = uint32(compiler.LOAD_BUILD_CLASS)
	opLOAD_ASSERTION_ERROR          = uint32(compiler.LOAD_ASSERTION_ERROR)
	opRETURN_GENERATOR              = uint32(compiler.RETURN_GENERATOR)
	opLIST_TO_TUPLE                 = uint32(compiler.LIST_TO_TUPLE)
	opRETURN_VALUE                  = uint32(compiler.RETURN_VALUE)
	opIMPORT_STAR                   = uint32(compiler.IMPORT_STAR)
	opSETUP_ANNOTATIONS             = uint32(compiler.SETUP_ANNOTATIONS)
	opYIELD_VALUE                   = uint32(compiler.YIELD_VALUE)
	opPOP_EXCEPT                    = uint32(compiler.POP_EXCEPT)
	opSTORE_NAME                    = uint32(compiler.STORE_NAME)
	opDELETE_NAME                   = uint32(compiler.DELETE_NAME)
	opUNPACK_SEQUENCE               = uint32(compiler.UNPACK_SEQUENCE)
	opFOR_ITER                      = uint32(compiler.FOR_ITER)
	opUNPACK_EX                     = uint32(compiler.UNPACK_EX)
	opSTORE_ATTR                    = uint32(compiler.STORE_ATTR)
	opDELETE_ATTR                   = uint32(compiler.DELETE_ATTR)
	opSTORE_GLOBAL                  = uint32(compiler.STORE_GLOBAL)
	opDELETE_GLOBAL                 = uint32(compiler.DELETE_GLOBAL)
	opSWAP                          = uint32(compiler.SWAP)
	opLOAD_CONST                    = uint32(compiler.LOAD_CONST)
	opLOAD_NAME                     = uint32(compiler.LOAD_NAME)
	opBUILD_TUPLE                   = uint32(compiler.BUILD_TUPLE)
	opBUILD_LIST                    = uint32(compiler.BUILD_LIST)
	opBUILD_SET                     = uint32(compiler.BUILD_SET)
	opBUILD_MAP                     = uint32(compiler.BUILD_MAP)
	opLOAD_ATTR                     = uint32(compiler.LOAD_ATTR)
	opCOMPARE_OP                    = uint32(compiler.COMPARE_OP)
	opIMPORT_NAME                   = uint32(compiler.IMPORT_NAME)
	opIMPORT_FROM                   = uint32(compiler.IMPORT_FROM)
	opJUMP_FORWARD                  = uint32(compiler.JUMP_FORWARD)
	opJUMP_IF_FALSE_OR_POP          = uint32(compiler.JUMP_IF_FALSE_OR_POP)
	opJUMP_IF_TRUE_OR_POP           = uint32(compiler.JUMP_IF_TRUE_OR_POP)
	opPOP_JUMP_FORWARD_IF_FALSE     = uint32(compiler.POP_JUMP_FORWARD_IF_FALSE)
	opPOP_JUMP_FORWARD_IF_TRUE      = uint32(compiler.POP_JUMP_FORWARD_IF_TRUE)
	opLOAD_GLOBAL                   = uint32(compiler.LOAD_GLOBAL)
	opIS_OP                         = uint32(compiler.IS_OP)
	opCONTAINS_OP                   = uint32(compiler.CONTAINS_OP)
	opRERAISE                       = uint32(compiler.RERAISE)
	opCOPY                          = uint32(compiler.COPY)
	opBINARY_OP                     = uint32(compiler.BINARY_OP)
	opSEND                          = uint32(compiler.SEND)
	opLOAD_FAST                     = uint32(compiler.LOAD_FAST)
	opSTORE_FAST                    = uint32(compiler.STORE_FAST)
	opDELETE_FAST                   = uint32(compiler.DELETE_FAST)
	opPOP_JUMP_FORWARD_IF_NOT_NONE  = uint32(compiler.POP_JUMP_FORWARD_IF_NOT_NONE)
	opPOP_JUMP_FORWARD_IF_NONE      = uint32(compiler.POP_JUMP_FORWARD_IF_NONE)
	opRAISE_VARARGS                 = uint32(compiler.RAISE_VARARGS)
	opMAKE_FUNCTION                 = uint32(compiler.MAKE_FUNCTION)
	opBUILD_SLICE                   = uint32(compiler.BUILD_SLICE)
	opJUMP_BACKWARD_NO_INTERRUPT    = uint32(compiler.JUMP_BACKWARD_NO_INTERRUPT)
	opMAKE_CELL                     = uint32(compiler.MAKE_CELL)
	opLOAD_CLOSURE                  = uint32(compiler.LOAD_CLOSURE)
	opLOAD_DEREF                    = uint32(compiler.LOAD_DEREF)
	opSTORE_DEREF                   = uint32(compiler.STORE_DEREF)
	opDELETE_DEREF                  = uint32(compiler.DELETE_DEREF)
	opJUMP_BACKWARD                 = uint32(compiler.JUMP_BACKWARD)
	opCALL_FUNCTION_EX              = uint32(compiler.CALL_FUNCTION_EX)
	opLIST_APPEND                   = uint32(compiler.LIST_APPEND)
	opSET_ADD                       = uint32(compiler.SET_ADD)
	opMAP_ADD                       = uint32(compiler.MAP_ADD)
	opLOAD_CLASSDEREF               = uint32(compiler.LOAD_CLASSDEREF)
	opCOPY_FREE_VARS                = uint32(compiler.COPY_FREE_VARS)
	opRESUME                        = uint32(compiler.RESUME)
	opFORMAT_VALUE                  = uint32(compiler.FORMAT_VALUE)
	opBUILD_CONST_KEY_MAP           = uint32(compiler.BUILD_CONST_KEY_MAP)
	opBUILD_STRING                  = uint32(compiler.BUILD_STRING)
	opLOAD_METHOD                   = uint32(compiler.LOAD_METHOD)
	opLIST_EXTEND                   = uint32(compiler.LIST_EXTEND)
	opSET_UPDATE                    = uint32(compiler.SET_UPDATE)
	opDICT_MERGE                    = uint32(compiler.DICT_MERGE)
	opDICT_UPDATE                   = uint32(compiler.DICT_UPDATE)
	opCALL                          = uint32(compiler.CALL)
	opKW_NAMES                      = uint32(compiler.KW_NAMES)
	opPOP_JUMP_BACKWARD_IF_NOT_NONE = uint32(compiler.POP_JUMP_BACKWARD_IF_NOT_NONE)
	opPOP_JUMP_BACKWARD_IF_NONE     = uint32(compiler.POP_JUMP_BACKWARD_IF_NONE)
	opPOP_JUMP_BACKWARD_IF_FALSE    = uint32(compiler.POP_JUMP_BACKWARD_IF_FALSE)
	opPOP_JUMP_BACKWARD_IF_TRUE     = uint32(compiler.POP_JUMP_BACKWARD_IF_TRUE)
	opLOAD_FAST__LOAD_FAST          = uint32(compiler.LOAD_FAST__LOAD_FAST)
	opLOAD_FAST__LOAD_CONST         = uint32(compiler.LOAD_FAST__LOAD_CONST)
	opSTORE_FAST__LOAD_FAST         = uint32(compiler.STORE_FAST__LOAD_FAST)
	opSTORE_FAST__STORE_FAST        = uint32(compiler.STORE_FAST__STORE_FAST)
	opCHECK_EG_MATCH                = uint32(compiler.CHECK_EG_MATCH)
	opPREP_RERAISE_STAR             = uint32(compiler.PREP_RERAISE_STAR)
	opCOMPARE_OP__POP_JUMP          = uint32(compiler.COMPARE_OP__POP_JUMP)
	opLOAD_CONST__BINARY_OP         = uint32(compiler.LOAD_CONST__BINARY_OP)
	opLOAD_FAST__BINARY_OP          = uint32(compiler.LOAD_FAST__BINARY_OP)
	opLOAD_FAST_CONST__BINARY_OP    = uint32(compiler.LOAD_FAST_CONST__BINARY_OP)
	opLOAD_FAST_FAST__BINARY_OP     = uint32(compiler.LOAD_FAST_FAST__BINARY_OP)
	opCOPY__COPY                    = uint32(compiler.COPY__COPY)
	opSWAP__SWAP                    = uint32(compiler.SWAP__SWAP)
	opLOAD_CONST__COMPARE_OP        = uint32(compiler.LOAD_CONST__COMPARE_OP)
	opLOAD_FAST_CONST__COMPARE_OP   = uint32(compiler.LOAD_FAST_CONST__COMPARE_OP)
	opLOAD_FAST__LOAD_ATTR          = uint32(compiler.LOAD_FAST__LOAD_ATTR)
	opLOAD_FAST__LOAD_METHOD        = uint32(compiler.LOAD_FAST__LOAD_METHOD)
	opSTORE_FAST__JUMP_BACKWARD     = uint32(compiler.STORE_FAST__JUMP_BACKWARD)
	opPOP_TOP__JUMP_BACKWARD        = uint32(compiler.POP_TOP__JUMP_BACKWARD)
)

// nbOps maps BINARY_OP's NB_* operand to the object layer's NumberOp.
var nbOps = [...]objects.NumberOp{
	objects.OpAdd, objects.OpAnd, objects.OpFloorDiv, objects.OpLShift, objects.OpMatMul,
	objects.OpMul, objects.OpMod, objects.OpOr, objects.OpPow, objects.OpRShift,
	objects.OpSub, objects.OpTrueDiv, objects.OpXor,
}

const coGenerator = compiler.CO_GENERATOR | compiler.CO_COROUTINE | compiler.CO_ASYNC_GENERATOR | compiler.CO_ITERABLE_COROUTINE

// eval runs frame f (made by pushFrame, or a generator's frame) until it
// returns or yields, and returns the result (a new reference) or nil with
// the exception set on the thread. Python-to-Python calls run in this same
// loop: a call pushes a frame and reloads, a return pops back; only frames
// marked entry return to the Go caller. throwflag resumes f by raising the
// pending exception at its current instruction (generator.throw).
func (th *Thread) eval(f *Frame, throwflag bool) *Object {
	ts := th.TS
	var (
		co      *Code
		code    unsafe.Pointer // co.ins's items (insAt)
		consts  []*Object
		lp      []*Object
		pc, sp  int
		pending *Object
		exc     *Object
		ins     uint32
		lasti   int
	)
	f.entry = true
reload:
	co = f.co
	code = unsafe.Pointer(unsafe.SliceData(co.ins))
	consts = co.consts
	lp = f.lp
	pc, sp = f.pc, f.sp
	if pending != nil {
		if f.dropEx != 0 {
			sp, pending = th.finishCall(f, lp, sp, pending)
			if pending == nil {
				goto fail
			}
		}
		lp[sp] = pending
		sp++
		pending = nil
	}
	if throwflag {
		throwflag = false
		goto fail
	}
loop:
	for {
		ins = insAt(code, pc)
		pc++
		if coverageOn && th.Interp.Coverage != nil {
			th.Interp.Coverage.Ops[ins&0xff]++
		}
		switch ins & 0xff {
		case opNOP, opRESUME:
			if ins&0xff == opRESUME && ins>>8 == 0 && th.Breaker.Load() != 0 {
				if !th.handleBreaker() {
					goto fail
				}
			}
		case opLOAD_FAST:
			v := lp[ins>>8]
			if v == nil {
				th.unboundLocal(co, int(ins>>8))
				goto fail
			}
			objects.Incref(v)
			lp[sp] = v
			sp++
		case opLOAD_FAST__LOAD_FAST:
			v := lp[ins>>8&0xfff]
			if v == nil {
				th.unboundLocal(co, int(ins>>8&0xfff))
				goto fail
			}
			pc++
			w := lp[ins>>20]
			if w == nil {
				th.unboundLocal(co, int(ins>>20))
				goto fail
			}
			objects.Incref(v)
			objects.Incref(w)
			lp[sp] = v
			lp[sp+1] = w
			sp += 2
		case opLOAD_FAST__LOAD_CONST:
			v := lp[ins>>8&0xfff]
			if v == nil {
				th.unboundLocal(co, int(ins>>8&0xfff))
				goto fail
			}
			pc++
			w := consts[ins>>20]
			objects.Incref(v)
			objects.Incref(w)
			lp[sp] = v
			lp[sp+1] = w
			sp += 2
		case opSTORE_FAST__LOAD_FAST:
			sp--
			old := lp[ins>>8&0xfff]
			lp[ins>>8&0xfff] = lp[sp]
			if old != nil {
				if objects.Unref(ts, old) {
					objects.Dealloc(ts, old)
				}
			}
			pc++
			w := lp[ins>>20]
			if w == nil {
				th.unboundLocal(co, int(ins>>20))
				goto fail
			}
			objects.Incref(w)
			lp[sp] = w
			sp++
		case opSTORE_FAST__STORE_FAST:
			sp--
			old := lp[ins>>8&0xfff]
			lp[ins>>8&0xfff] = lp[sp]
			if old != nil && objects.Unref(ts, old) {
				objects.Dealloc(ts, old)
			}
			pc++
			sp--
			old = lp[ins>>20]
			lp[ins>>20] = lp[sp]
			if old != nil && objects.Unref(ts, old) {
				objects.Dealloc(ts, old)
			}
		case opLOAD_CONST:
			v := consts[ins>>8]
			objects.Incref(v)
			lp[sp] = v
			sp++
		case opSTORE_FAST:
			sp--
			old := lp[ins>>8]
			lp[ins>>8] = lp[sp]
			if old != nil {
				if objects.Unref(ts, old) {
					objects.Dealloc(ts, old)
				}
			}
		case opDELETE_FAST:
			old := lp[ins>>8]
			if old == nil {
				th.unboundLocal(co, int(ins>>8))
				goto fail
			}
			lp[ins>>8] = nil
			if objects.Unref(ts, old) {
				objects.Dealloc(ts, old)
			}
		case opPOP_TOP:
			sp--
			if objects.Unref(ts, lp[sp]) {
				objects.Dealloc(ts, lp[sp])
			}
		case opPUSH_NULL:
			lp[sp] = nil
			sp++
		case opCOPY:
			v := lp[sp-int(ins>>8)]
			objects.Incref(v)
			lp[sp] = v
			sp++
		case opSWAP:
			n := sp - int(ins>>8)
			lp[sp-1], lp[n] = lp[n], lp[sp-1]
		case opCOPY__COPY:
			v := lp[sp-int(ins>>8&0xfff)]
			objects.Incref(v)
			lp[sp] = v
			sp++
			pc++
			v = lp[sp-int(ins>>20)]
			objects.Incref(v)
			lp[sp] = v
			sp++
		case opSWAP__SWAP:
			n := sp - int(ins>>8&0xfff)
			lp[sp-1], lp[n] = lp[n], lp[sp-1]
			pc++
			n = sp - int(ins>>20)
			lp[sp-1], lp[n] = lp[n], lp[sp-1]
		case opLOAD_CONST__BINARY_OP, opLOAD_FAST__BINARY_OP:
			// TOS op (a constant or a local), the BINARY_OP being the
			// next slot. On exact ints and floats binaryFast does it
			// here; otherwise the operand is pushed and the BINARY_OP
			// runs from its own slot.
			var b *Object
			if ins&0xff == opLOAD_CONST__BINARY_OP {
				b = consts[ins>>8]
			} else if b = lp[ins>>8]; b == nil {
				th.unboundLocal(co, int(ins>>8))
				goto fail
			}
			objects.Incref(b)
			a := lp[sp-1]
			if ta, tb := a.Type(), b.Type(); (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
				if r := binaryFast(ts, a, b, insAt(code, pc)>>8, lp, insAt(code, pc+1)); r != nil {
					lp[sp-1] = r
					pc++
					break
				}
			}
			lp[sp] = b
			sp++
		case opLOAD_FAST_CONST__BINARY_OP, opLOAD_FAST_FAST__BINARY_OP:
			// LOAD_FAST, then LOAD_CONST or LOAD_FAST, then BINARY_OP,
			// the same way.
			a := lp[ins>>8&0xfff]
			if a == nil {
				th.unboundLocal(co, int(ins>>8&0xfff))
				goto fail
			}
			var b *Object
			if ins&0xff == opLOAD_FAST_CONST__BINARY_OP {
				b = consts[ins>>20]
			} else if b = lp[ins>>20]; b == nil {
				pc++ // the error is the second load's
				th.unboundLocal(co, int(ins>>20))
				goto fail
			}
			objects.Incref(a)
			objects.Incref(b)
			if ta, tb := a.Type(), b.Type(); (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
				if r := binaryFast(ts, a, b, insAt(code, pc+1)>>8, lp, insAt(code, pc+2)); r != nil {
					lp[sp] = r
					sp++
					pc += 2
					break
				}
			}
			lp[sp] = a
			lp[sp+1] = b
			sp += 2
			pc++
		case opBINARY_OP:
			a, b := lp[sp-2], lp[sp-1]
			op := ins >> 8
			if ta, tb := a.Type(), b.Type(); (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
				if r := binaryFast(ts, a, b, op, lp, insAt(code, pc)); r != nil {
					// a and b were consumed.
					sp--
					lp[sp-1] = r
					break
				}
			} else if op == compiler.NB_INPLACE_ADD && ta == objects.StrType && tb == objects.StrType {
				if slot := inplaceTarget(co, insAt(code, pc), lp, a); slot != nil {
					r := objects.StrInplaceConcat(ts, a, b, slot)
					if r == nil {
						goto fail
					}
					sp--
					if objects.Unref(ts, a) {
						objects.Dealloc(ts, a)
					}
					if objects.Unref(ts, b) {
						objects.Dealloc(ts, b)
					}
					lp[sp-1] = r
					break
				}
			}
			f.pc = pc // f_lineno for the operator's code
			r := binaryOp(ts, a, b, op)
			if r == nil {
				goto fail
			}
			sp--
			if objects.Unref(ts, a) {
				objects.Dealloc(ts, a)
			}
			if objects.Unref(ts, b) {
				objects.Dealloc(ts, b)
			}
			lp[sp-1] = r
		case opCOMPARE_OP:
			a, b := lp[sp-2], lp[sp-1]
			var r *Object
			if ta, tb := a.Type(), b.Type(); ta == objects.IntType && tb == objects.IntType {
				r = intCompare(a, b, ins>>8)
			} else if (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
				r = floatCompare(a, b, ins>>8)
			}
			if r == nil {
				f.pc = pc
				r = objects.RichCompare(ts, a, b, objects.CompareOp(ins>>8))
				if r == nil {
					goto fail
				}
			}
			sp--
			if objects.Unref(ts, a) {
				objects.Dealloc(ts, a)
			}
			if objects.Unref(ts, b) {
				objects.Dealloc(ts, b)
			}
			lp[sp-1] = r
		case opLOAD_CONST__COMPARE_OP, opLOAD_FAST_CONST__COMPARE_OP:
			// TOS or a local compared with a constant, then the jump on
			// the result (the COMPARE_OP__POP_JUMP and POP_JUMP_*_IF_*
			// slots that follow): on exact ints or floats, with borrowed
			// operands and no bool; otherwise the operands are pushed
			// and the comparison runs from its own slot.
			var a, b *Object
			if ins&0xff == opLOAD_CONST__COMPARE_OP {
				a, b = lp[sp-1], consts[ins>>8]
			} else {
				if a = lp[ins>>8&0xfff]; a == nil {
					th.unboundLocal(co, int(ins>>8&0xfff))
					goto fail
				}
				b = consts[ins>>20]
				pc++
			}
			// pc is the comparison's slot.
			t := compareBool(a, b, insAt(code, pc)>>8)
			if t < 0 {
				if ins&0xff == opLOAD_FAST_CONST__COMPARE_OP {
					objects.Incref(a)
					lp[sp] = a
					sp++
				}
				objects.Incref(b)
				lp[sp] = b
				sp++
				break
			}
			if ins&0xff == opLOAD_CONST__COMPARE_OP {
				sp--
				if objects.Unref(ts, a) {
					objects.Dealloc(ts, a)
				}
			}
			jins := insAt(code, pc+1)
			pc += 2
			jop := jins & 0xff
			if (t == 1) == (jop == opPOP_JUMP_FORWARD_IF_TRUE || jop == opPOP_JUMP_BACKWARD_IF_TRUE) {
				if jop == opPOP_JUMP_BACKWARD_IF_FALSE || jop == opPOP_JUMP_BACKWARD_IF_TRUE {
					if th.Breaker.Load() != 0 && !th.handleBreaker() {
						goto fail // at the jump's slot, as unfused
					}
				}
				pc = int(jins >> 8)
			}
		case opCOMPARE_OP__POP_JUMP:
			// COMPARE_OP then its POP_JUMP_*_IF_*: on exact ints or
			// floats the result decides the jump without a bool on the
			// stack; otherwise this is a plain COMPARE_OP and the jump
			// runs from its own slot.
			a, b := lp[sp-2], lp[sp-1]
			var t int
			ta, tb := a.Type(), b.Type()
			if ta == objects.IntType && tb == objects.IntType {
				t = intCompareBool(a, b, ins>>8)
			} else if (ta == objects.FloatType || ta == objects.IntType) && (tb == objects.FloatType || tb == objects.IntType) {
				t = floatCompareBool(a, b, ins>>8)
			} else {
				t = -1
			}
			if t < 0 {
				f.pc = pc
				r := objects.RichCompare(ts, a, b, objects.CompareOp(ins>>8))
				if r == nil {
					goto fail
				}
				sp--
				if objects.Unref(ts, a) {
					objects.Dealloc(ts, a)
				}
				if objects.Unref(ts, b) {
					objects.Dealloc(ts, b)
				}
				lp[sp-1] = r
				break
			}
			sp -= 2
			if objects.Unref(ts, a) {
				objects.Dealloc(ts, a)
			}
			if objects.Unref(ts, b) {
				objects.Dealloc(ts, b)
			}
			jins := insAt(code, pc)
			pc++
			jop := jins & 0xff
			if (t == 1) == (jop == opPOP_JUMP_FORWARD_IF_TRUE || jop == opPOP_JUMP_BACKWARD_IF_TRUE) {
				if jop == opPOP_JUMP_BACKWARD_IF_FALSE || jop == opPOP_JUMP_BACKWARD_IF_TRUE {
					if th.Breaker.Load() != 0 && !th.handleBreaker() {
						goto fail // at the jump's slot, as unfused
					}
				}
				pc = int(jins >> 8)
			}
		case opPOP_JUMP_FORWARD_IF_FALSE, opPOP_JUMP_BACKWARD_IF_FALSE, opPOP_JUMP_FORWARD_IF_TRUE, opPOP_JUMP_BACKWARD_IF_TRUE:
			sp--
			v := lp[sp]
			var t int
			switch v {
			case objects.True:
				t = 1
			case objects.False, objects.None:
				t = 0
			default:
				f.pc = pc // f_lineno for __bool__/__len__ and warnings
				t = objects.IsTrue(ts, v)
				if objects.Unref(ts, v) {
					objects.Dealloc(ts, v)
				}
				if t < 0 {
					goto fail
				}
			}
			op := ins & 0xff
			if (t == 1) == (op == opPOP_JUMP_FORWARD_IF_TRUE || op == opPOP_JUMP_BACKWARD_IF_TRUE) {
				// The breaker is checked before pc moves, so that an
				// exception it raises (KeyboardInterrupt) belongs to
				// this instruction and its handlers, not the target's.
				if op == opPOP_JUMP_BACKWARD_IF_FALSE || op == opPOP_JUMP_BACKWARD_IF_TRUE {
					if th.Breaker.Load() != 0 && !th.handleBreaker() {
						goto fail
					}
				}
				pc = int(ins >> 8)
			}
		case opPOP_JUMP_FORWARD_IF_NONE, opPOP_JUMP_BACKWARD_IF_NONE, opPOP_JUMP_FORWARD_IF_NOT_NONE, opPOP_JUMP_BACKWARD_IF_NOT_NONE:
			sp--
			v := lp[sp]
			op := ins & 0xff
			if (v == objects.None) == (op == opPOP_JUMP_FORWARD_IF_NONE || op == opPOP_JUMP_BACKWARD_IF_NONE) {
				pc = int(ins >> 8)
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
		case opJUMP_IF_FALSE_OR_POP, opJUMP_IF_TRUE_OR_POP:
			v := lp[sp-1]
			var t int
			switch v {
			case objects.True:
				t = 1
			case objects.False, objects.None:
				t = 0
			default:
				f.pc = pc // f_lineno for __bool__/__len__ and warnings
				t = objects.IsTrue(ts, v)
			}
			if t < 0 {
				goto fail
			}
			if (t == 1) == (ins&0xff == opJUMP_IF_TRUE_OR_POP) {
				pc = int(ins >> 8)
			} else {
				sp--
				if objects.Unref(ts, v) {
					objects.Dealloc(ts, v)
				}
			}
		case opJUMP_FORWARD, opJUMP_BACKWARD_NO_INTERRUPT:
			pc = int(ins >> 8)
		case opJUMP_BACKWARD:
			if th.Breaker.Load() != 0 && !th.handleBreaker() {
				goto fail
			}
			pc = int(ins >> 8)
		case opSTORE_FAST__JUMP_BACKWARD, opPOP_TOP__JUMP_BACKWARD:
			// The last statement of a loop body and the jump back.
			sp--
			target := ins >> 8
			if ins&0xff == opSTORE_FAST__JUMP_BACKWARD {
				old := lp[ins>>8&0xfff]
				lp[ins>>8&0xfff] = lp[sp]
				if old != nil && objects.Unref(ts, old) {
					objects.Dealloc(ts, old)
				}
				target = ins >> 20
			} else if x := lp[sp]; objects.Unref(ts, x) {
				objects.Dealloc(ts, x)
			}
			pc++ // the jump's slot
			if th.Breaker.Load() != 0 && !th.handleBreaker() {
				goto fail
			}
			pc = int(target)
		case opGET_ITER:
			v := lp[sp-1]
			f.pc = pc
			it := objects.GetIter(ts, v)
			if it == nil {
				goto fail
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			lp[sp-1] = it
		case opFOR_ITER:
			it := lp[sp-1]
			switch it.Type() {
			case objects.ListIterType:
				if v := objects.ListIterNext(it); v != nil {
					objects.Incref(v)
					lp[sp] = v
					sp++
					continue
				}
			case objects.TupleIterType:
				if v := objects.TupleIterNext(it); v != nil {
					objects.Incref(v)
					lp[sp] = v
					sp++
					continue
				}
			}
			if it.Type() == objects.RangeIterType {
				if v := th.rangeNext(it, lp, insAt(code, pc)); v != nil {
					lp[sp] = v
					sp++
					break
				}
				sp--
				if objects.Unref(ts, it) {
					objects.Dealloc(ts, it)
				}
				pc = int(ins >> 8)
				break
			}
			if it.Type() == GeneratorType {
				if g := (*Generator)(ptr(it)); th.resumeInline(g, f) {
					f.pc, f.sp = pc, sp
					f = &g.frame
					goto reload
				}
			}
			next := it.Type().IterNext
			var r *Object
			f.pc = pc
			if next != nil {
				r = next(ts, it)
			} else {
				r = objects.IterNext(ts, it)
			}
			if r != nil {
				lp[sp] = r
				sp++
				break
			}
			if ts.Occurred() {
				if !ts.ErrMatches(objects.StopIteration) {
					goto fail
				}
				ts.ClearErr()
			}
			sp--
			if objects.Unref(ts, it) {
				objects.Dealloc(ts, it)
			}
			pc = int(ins >> 8)
		case opLOAD_GLOBAL:
			ni := ins >> 9
			var v *Object
			if c := &co.gcache[ni]; c.globals == f.globals {
				if c.builtins == nil {
					v = objects.DictHintGet(f.globals, c.ix, co.names[ni])
				} else if c.builtins == f.builtins && objects.DictKeysVersionIs(f.globals, c.gver) {
					v = objects.DictHintGet(f.builtins, c.ix, co.names[ni])
				}
			}
			if v == nil {
				if v = th.loadGlobal(f, co, ni); v == nil {
					goto fail
				}
			}
			if ins&0x100 != 0 {
				lp[sp] = nil
				sp++
			}
			objects.Incref(v)
			lp[sp] = v
			sp++
		case opSTORE_GLOBAL:
			sp--
			v := lp[sp]
			r := objects.DictSetItem(ts, f.globals, co.names[ins>>8], v)
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			if r < 0 {
				goto fail
			}
		case opDELETE_GLOBAL:
			if !deleteName(ts, objects.DictDelItem(ts, f.globals, co.names[ins>>8]), co.names[ins>>8]) {
				goto fail
			}
		case opLOAD_NAME:
			v := th.loadName(f, co.names[ins>>8])
			if v == nil {
				goto fail
			}
			lp[sp] = v
			sp++
		case opSTORE_NAME:
			sp--
			v := lp[sp]
			name := co.names[ins>>8]
			var r int
			if f.locals == nil {
				ts.Raisef(objects.SystemError, "no locals found when storing '%s'", objects.StrValue(name))
				r = -1
			} else if objects.AsDict(f.locals) != nil && f.locals.Type() == objects.DictType {
				r = objects.DictSetItem(ts, f.locals, name, v)
			} else {
				r = objects.SetItem(ts, f.locals, name, v)
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			if r < 0 {
				goto fail
			}
		case opDELETE_NAME:
			if !deleteName(ts, objects.DelItem(ts, f.locals, co.names[ins>>8]), co.names[ins>>8]) {
				goto fail
			}
		case opLOAD_FAST__LOAD_ATTR:
			// LOAD_FAST, then the LOAD_ATTR of the next slot on it.
			o := lp[ins>>8&0xfff]
			if o == nil {
				th.unboundLocal(co, int(ins>>8&0xfff))
				goto fail
			}
			objects.Incref(o)
			lp[sp] = o
			sp++
			pc++
			r := loadAttr(ts, co, ins>>20, o, f, pc)
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, o) {
				objects.Dealloc(ts, o)
			}
			lp[sp-1] = r
		case opLOAD_ATTR:
			o := lp[sp-1]
			r := loadAttr(ts, co, ins>>8, o, f, pc)
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, o) {
				objects.Dealloc(ts, o)
			}
			lp[sp-1] = r
		case opLOAD_METHOD, opLOAD_FAST__LOAD_METHOD:
			ni := ins >> 8
			if ins&0xff == opLOAD_FAST__LOAD_METHOD {
				// LOAD_FAST, then the LOAD_METHOD of the next slot.
				v := lp[ins>>8&0xfff]
				if v == nil {
					th.unboundLocal(co, int(ins>>8&0xfff))
					goto fail
				}
				objects.Incref(v)
				lp[sp] = v
				sp++
				pc++
				ni = ins >> 20
			}
			o := lp[sp-1]
			meth, unbound := loadMethodCached(ts, co, ni, o, f, pc)
			if meth == nil {
				goto fail
			}
			if unbound {
				lp[sp-1] = meth
				lp[sp] = o
			} else {
				if objects.Unref(ts, o) {
					objects.Dealloc(ts, o)
				}
				lp[sp-1] = nil
				lp[sp] = meth
			}
			sp++
		case opSTORE_ATTR:
			o, v := lp[sp-1], lp[sp-2]
			r := storeAttr(ts, co, ins>>8, o, v, f, pc)
			if r < 0 {
				goto fail
			}
			sp -= 2
			if objects.Unref(ts, o) {
				objects.Dealloc(ts, o)
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
		case opDELETE_ATTR:
			o := lp[sp-1]
			f.pc = pc
			if objects.SetAttr(ts, o, co.names[ins>>8], nil) < 0 {
				goto fail
			}
			sp--
			if objects.Unref(ts, o) {
				objects.Dealloc(ts, o)
			}
		case opBINARY_SUBSCR:
			c, k := lp[sp-2], lp[sp-1]
			if k.Type() == objects.IntType {
				if r := seqItemFast(c, k); r != nil {
					objects.Incref(r)
					sp--
					if objects.Unref(ts, c) {
						objects.Dealloc(ts, c)
					}
					if objects.Unref(ts, k) {
						objects.Dealloc(ts, k)
					}
					lp[sp-1] = r
					break
				}
			}
			f.pc = pc
			r := objects.GetItem(ts, c, k)
			if r == nil {
				goto fail
			}
			sp--
			if objects.Unref(ts, c) {
				objects.Dealloc(ts, c)
			}
			if objects.Unref(ts, k) {
				objects.Dealloc(ts, k)
			}
			lp[sp-1] = r
		case opSTORE_SUBSCR:
			v, c, k := lp[sp-3], lp[sp-2], lp[sp-1]
			if c.Type() == objects.ListType && k.Type() == objects.IntType {
				if i, ok := objects.IntValue64(k); ok {
					items := objects.ListItems(c)
					if i < 0 {
						i += int64(len(items))
					}
					if uint64(i) < uint64(len(items)) {
						// The stack's reference to v moves into the list
						// (CPython's STORE_SUBSCR_LIST_INT).
						old := items[i]
						items[i] = v
						sp -= 3
						if objects.Unref(ts, old) {
							objects.Dealloc(ts, old)
						}
						if objects.Unref(ts, k) {
							objects.Dealloc(ts, k)
						}
						if objects.Unref(ts, c) {
							objects.Dealloc(ts, c)
						}
						break
					}
				}
			}
			f.pc = pc
			if objects.SetItem(ts, c, k, v) < 0 {
				goto fail
			}
			sp -= 3
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			if objects.Unref(ts, c) {
				objects.Dealloc(ts, c)
			}
			if objects.Unref(ts, k) {
				objects.Dealloc(ts, k)
			}
		case opDELETE_SUBSCR:
			c, k := lp[sp-2], lp[sp-1]
			f.pc = pc
			if objects.DelItem(ts, c, k) < 0 {
				goto fail
			}
			sp -= 2
			if objects.Unref(ts, c) {
				objects.Dealloc(ts, c)
			}
			if objects.Unref(ts, k) {
				objects.Dealloc(ts, k)
			}
		case opUNARY_POSITIVE, opUNARY_NEGATIVE, opUNARY_INVERT, opUNARY_NOT:
			v := lp[sp-1]
			var r *Object
			f.pc = pc
			switch ins & 0xff {
			case opUNARY_POSITIVE:
				r = objects.Positive(ts, v)
			case opUNARY_NEGATIVE:
				r = objects.Negative(ts, v)
			case opUNARY_INVERT:
				r = objects.Invert(ts, v)
			default:
				t := objects.IsTrue(ts, v)
				if t >= 0 {
					r = objects.Bool(t == 0)
				}
			}
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			lp[sp-1] = r
		case opIS_OP:
			a, b := lp[sp-2], lp[sp-1]
			r := objects.Bool((a == b) != (ins>>8 == 1))
			sp--
			if objects.Unref(ts, a) {
				objects.Dealloc(ts, a)
			}
			if objects.Unref(ts, b) {
				objects.Dealloc(ts, b)
			}
			lp[sp-1] = r
		case opCONTAINS_OP:
			a, b := lp[sp-2], lp[sp-1]
			f.pc = pc
			t := objects.Contains(ts, b, a)
			if t < 0 {
				goto fail
			}
			sp--
			if objects.Unref(ts, a) {
				objects.Dealloc(ts, a)
			}
			if objects.Unref(ts, b) {
				objects.Dealloc(ts, b)
			}
			lp[sp-1] = objects.Bool((t == 1) != (ins>>8 == 1))
		case opBUILD_TUPLE:
			n := int(ins >> 8)
			// NewTupleSteal copies the handles: no Go allocation here.
			r := objects.NewTupleSteal(ts, lp[sp-n:sp]...)
			sp -= n
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_LIST:
			n := int(ins >> 8)
			items := make([]*Object, n)
			copy(items, lp[sp-n:sp])
			sp -= n
			r := objects.NewListSteal(ts, items)
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_SET:
			n := int(ins >> 8)
			r := objects.NewSet(ts, nil)
			if r == nil {
				goto fail
			}
			bad := false
			for _, x := range lp[sp-n : sp] {
				if !bad && objects.SetAdd(ts, r, x) < 0 {
					bad = true
				}
				if objects.Unref(ts, x) {
					objects.Dealloc(ts, x)
				}
			}
			sp -= n
			if bad {
				if objects.Unref(ts, r) {
					objects.Dealloc(ts, r)
				}
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_MAP:
			n := int(ins >> 8)
			r := objects.NewDict(ts)
			if r == nil {
				goto fail
			}
			bad := false
			for i := sp - 2*n; i < sp; i += 2 {
				if !bad && objects.DictSetItem(ts, r, lp[i], lp[i+1]) < 0 {
					bad = true
				}
				if objects.Unref(ts, lp[i]) {
					objects.Dealloc(ts, lp[i])
				}
				if objects.Unref(ts, lp[i+1]) {
					objects.Dealloc(ts, lp[i+1])
				}
			}
			sp -= 2 * n
			if bad {
				if objects.Unref(ts, r) {
					objects.Dealloc(ts, r)
				}
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_CONST_KEY_MAP:
			n := int(ins >> 8)
			keys := lp[sp-1]
			r := objects.NewDict(ts)
			if r == nil {
				goto fail
			}
			ks := objects.TupleItems(keys)
			bad := false
			for i := 0; i < n; i++ {
				v := lp[sp-1-n+i]
				if !bad && objects.DictSetItem(ts, r, ks[i], v) < 0 {
					bad = true
				}
				if objects.Unref(ts, v) {
					objects.Dealloc(ts, v)
				}
			}
			if objects.Unref(ts, keys) {
				objects.Dealloc(ts, keys)
			}
			sp -= n + 1
			if bad {
				if objects.Unref(ts, r) {
					objects.Dealloc(ts, r)
				}
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_STRING:
			n := int(ins >> 8)
			r := objects.StrConcatN(ts, lp[sp-n:sp])
			for _, x := range lp[sp-n : sp] {
				if objects.Unref(ts, x) {
					objects.Dealloc(ts, x)
				}
			}
			sp -= n
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opBUILD_SLICE:
			n := int(ins >> 8)
			var step *Object
			if n == 3 {
				step = lp[sp-1]
			}
			r := objects.NewSlice(ts, lp[sp-n], lp[sp-n+1], step)
			if r == nil {
				goto fail
			}
			for _, x := range lp[sp-n : sp] {
				if objects.Unref(ts, x) {
					objects.Dealloc(ts, x)
				}
			}
			sp -= n
			lp[sp] = r
			sp++
		case opLIST_APPEND:
			// The compiler's list: appending cannot fail, and the list
			// takes the stack's reference.
			objects.ListAppendSteal(ts, lp[sp-1-int(ins>>8)], lp[sp-1])
			sp--
		case opSET_ADD, opLIST_EXTEND, opSET_UPDATE, opDICT_UPDATE, opDICT_MERGE:
			v := lp[sp-1]
			c := lp[sp-1-int(ins>>8)]
			if th.collectionAdd(ins&0xff, c, v, lp, sp) < 0 {
				goto fail
			}
			sp--
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
		case opMAP_ADD:
			k, v := lp[sp-2], lp[sp-1]
			d := lp[sp-2-int(ins>>8)]
			if objects.DictSetItem(ts, d, k, v) < 0 {
				goto fail
			}
			sp -= 2
			if objects.Unref(ts, k) {
				objects.Dealloc(ts, k)
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
		case opLIST_TO_TUPLE:
			l := lp[sp-1]
			r := objects.SequenceTuple(ts, l)
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, l) {
				objects.Dealloc(ts, l)
			}
			lp[sp-1] = r
		case opUNPACK_SEQUENCE:
			n := int(ins >> 8)
			if !th.unpackSequence(lp, sp, n) {
				goto fail
			}
			sp += n - 1
		case opUNPACK_EX:
			seq := lp[sp-1]
			items := th.unpackEx(seq, int(ins>>8&0xff), int(ins>>16))
			if items == nil {
				goto fail
			}
			if objects.Unref(ts, seq) {
				objects.Dealloc(ts, seq)
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				lp[sp] = items[i]
				sp++
			}
		case opFORMAT_VALUE:
			n := ins >> 8
			var spec *Object
			if n&compiler.FormatWithSpec != 0 {
				sp--
				spec = lp[sp]
			}
			v := lp[sp-1]
			r := formatValue(ts, v, int(n&3), spec)
			if spec != nil {
				if objects.Unref(ts, spec) {
					objects.Dealloc(ts, spec)
				}
			}
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			lp[sp-1] = r
		case opKW_NAMES:
			f.kwnames = consts[ins>>8]
		case opCALL:
			n := int(ins >> 8)
			kwnames := f.kwnames
			f.kwnames = nil
			var callable *Object
			var args []*Object
			base := sp - n - 2
			if lp[base] != nil {
				callable = lp[base]
				args = lp[base+1 : sp]
			} else if callable = lp[base+1]; callable.Type() == objects.MethodType {
				// A bound method: its function is called with self
				// put in the NULL's slot, as CPython's CALL does, so
				// a Python function runs in this loop.
				fn, self := objects.MethodParts(callable)
				objects.Incref(fn)
				objects.Incref(self)
				lp[base], lp[base+1] = fn, self
				if objects.Unref(ts, callable) {
					objects.Dealloc(ts, callable)
				}
				callable = fn
				args = lp[base+1 : sp]
			} else {
				args = lp[base+2 : sp]
			}
			if callable.Type() == objects.TypeType && kwnames == nil && lp[base] == nil {
				// A class whose __init__ is a Python function: the
				// instance is made here and __init__ runs in this loop.
				switch th.pushInitFrame(f, callable, lp, base, sp) {
				case 1:
					f.pc, f.sp = pc, base+1
					f = th.frame
					goto reload
				case -1:
					for i := base + 1; i < sp; i++ {
						if objects.Unref(ts, lp[i]) {
							objects.Dealloc(ts, lp[i])
						}
					}
					sp = base
					goto fail
				}
			}
			if callable.Type() == FunctionType {
				fn := (*Function)(ptr(callable))
				fco := fn.co
				if kwnames == nil && len(args) == fco.fastArgc {
					// The common case: the arguments move from the
					// caller's stack into the callee's locals.
					nf := th.pushCallFrame(fco, fn, callable, args)
					if nf == nil {
						goto fail
					}
					if x := lp[base]; x != nil {
						if objects.Unref(ts, x) {
							objects.Dealloc(ts, x)
						}
					}
					if len(args) == n {
						if objects.Unref(ts, lp[base+1]) {
							objects.Dealloc(ts, lp[base+1])
						}
					}
					f.pc, f.sp = pc, base
					f = nf
					goto reload
				}
				if fco.C.Flags&coGenerator == 0 {
					nf := th.pushFrame(fco, callable, fn.globals, fn.builtins, nil)
					if nf == nil {
						goto fail
					}
					if !th.bindArgs(fn, fco, nf.lp, args, kwnames) {
						th.popFrame(nf)
						goto fail
					}
					for _, x := range args {
						if objects.Unref(ts, x) {
							objects.Dealloc(ts, x)
						}
					}
					if x := lp[base]; x != nil {
						if objects.Unref(ts, x) {
							objects.Dealloc(ts, x)
						}
					}
					if len(args) == n {
						if objects.Unref(ts, lp[base+1]) {
							objects.Dealloc(ts, lp[base+1])
						}
					}
					f.pc, f.sp = pc, base
					f = nf
					goto reload
				}
			}
			f.pc, f.sp = pc, sp
			// objects.Call counts the call toward the recursion limit
			// where CPython's does (C functions, objects without a
			// vectorcall).
			if coverageOn {
				th.coverCall(callable)
			}
			r := objects.Call(ts, callable, args, kwnames)
			for i := base; i < sp; i++ {
				if x := lp[i]; x != nil {
					if objects.Unref(ts, x) {
						objects.Dealloc(ts, x)
					}
				}
			}
			sp = base
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opCALL_FUNCTION_EX:
			f.pc, f.sp = pc, sp
			if fnc := lp[sp-2-int(ins>>8&1)]; fnc.Type() == FunctionType {
				// f(*args) of a Python function with a tuple and no
				// keywords runs in this loop. The function, the tuple
				// and the dict stay on this frame's stack until the
				// callee returns (dropCallEx), as CPython 3.11 holds
				// them across its do_call_core.
				switch th.pushExFrame(fnc, lp[sp-1-int(ins>>8&1)], ins>>8&1 != 0, lp[sp-1]) {
				case 1:
					f.dropEx = 3 + int8(ins>>8&1)
					f = th.frame
					goto reload
				case -1:
					// The arguments did not bind: drop the call's
					// operands as the general path does, then raise.
					f.dropEx = 3 + int8(ins>>8&1)
					sp, _ = th.finishCall(f, lp, sp, nil)
					goto fail
				}
			}
			var kw *Object
			if ins>>8&1 != 0 {
				sp--
				kw = lp[sp]
			}
			fnc, cargs := lp[sp-2], lp[sp-1]
			if coverageOn && fnc.Type() != FunctionType {
				th.coverCall(fnc)
			}
			r := th.callEx(fnc, cargs, kw)
			if kw != nil {
				if objects.Unref(ts, kw) {
					objects.Dealloc(ts, kw)
				}
			}
			if objects.Unref(ts, fnc) {
				objects.Dealloc(ts, fnc)
			}
			if objects.Unref(ts, cargs) {
				objects.Dealloc(ts, cargs)
			}
			sp -= 2
			if lp[sp-1] != nil {
				if objects.Unref(ts, lp[sp-1]) {
					objects.Dealloc(ts, lp[sp-1])
				}
			}
			sp--
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opRETURN_VALUE:
			sp--
			r := lp[sp]
			f.sp = sp
			if f.gen != nil {
				f.pc = pc
				f.yielded = false
				if f.entry {
					return r
				}
				// Resumed inline by FOR_ITER: the loop is done.
				f = th.finishInline(f, false)
				if objects.Unref(ts, r) {
					objects.Dealloc(ts, r)
				}
				co = f.co
				code = unsafe.Pointer(unsafe.SliceData(co.ins))
				consts = co.consts
				lp = f.lp
				pc, sp = f.pc, f.sp
				sp--
				if objects.Unref(ts, lp[sp]) {
					objects.Dealloc(ts, lp[sp])
				}
				pc = int(insAt(code, pc-1) >> 8)
				goto loop
			}
			f.pc = pc // a frame object that outlives f shows the return's line
			if f.entry {
				th.popFrame(f)
				return r
			}
			caller := f.back
			th.popCallFrame(f)
			f = caller
			pending = r
			goto reload
		case opRETURN_GENERATOR:
			// The generator was made by the call; its frame stops here and
			// the first send() resumes after this instruction.
			f.pc, f.sp = pc, sp
			f.yielded = true
			return objects.None
		case opYIELD_VALUE:
			sp--
			r := lp[sp]
			f.pc, f.sp = pc, sp
			f.yielded = true
			if f.entry {
				return r
			}
			f = th.suspendInline(f) // resumed inline by FOR_ITER
			pending = r
			goto reload
		case opSEND:
			recv, v := lp[sp-2], lp[sp-1]
			r, done := th.sendTo(recv, v)
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			if done {
				if objects.Unref(ts, recv) {
					objects.Dealloc(ts, recv)
				}
				sp--
				lp[sp-1] = r
				pc = int(ins >> 8)
			} else {
				lp[sp-1] = r
			}
		case opGET_YIELD_FROM_ITER:
			v := lp[sp-1]
			if !yieldFromCoroutine(ts, co, v) {
				goto fail
			}
			if asGenerator(v) == nil {
				it := objects.GetIter(ts, v)
				if it == nil {
					goto fail
				}
				if objects.Unref(ts, v) {
					objects.Dealloc(ts, v)
				}
				lp[sp-1] = it
			}
		case opMAKE_FUNCTION:
			sp--
			codeObj := lp[sp]
			fo := NewFunction(ts, codeObj, f.globals)
			if objects.Unref(ts, codeObj) {
				objects.Dealloc(ts, codeObj)
			}
			fn := asFunction(fo)
			flags := ins >> 8
			if flags&compiler.MakeFunctionClosure != 0 {
				sp--
				fn.closure = lp[sp]
			}
			if flags&compiler.MakeFunctionAnnotations != 0 {
				sp--
				a := lp[sp]
				if objects.AsTuple(a) != nil {
					d := objects.NewDict(ts)
					items := objects.TupleItems(a)
					for i := 0; i+1 < len(items); i += 2 {
						objects.DictSetItem(ts, d, items[i], items[i+1])
					}
					if objects.Unref(ts, a) {
						objects.Dealloc(ts, a)
					}
					a = d
				}
				fn.annotations = a
			}
			if flags&compiler.MakeFunctionKwDefaults != 0 {
				sp--
				fn.kwdefaults = lp[sp]
			}
			if flags&compiler.MakeFunctionDefaults != 0 {
				sp--
				fn.defaults = lp[sp]
			}
			lp[sp] = fo
			sp++
		case opMAKE_CELL:
			i := co.nlocals + int(ins>>8)
			var init *Object
			if a := co.C.CellArgs; int(ins>>8) < len(a) && a[ins>>8] >= 0 {
				init = lp[a[ins>>8]]
			}
			c := NewCell(ts, init)
			old := lp[i]
			lp[i] = c
			objects.XDecref(ts, old)
		case opLOAD_CLOSURE:
			c := lp[co.nlocals+int(ins>>8)]
			objects.Incref(c)
			lp[sp] = c
			sp++
		case opLOAD_DEREF:
			c := asCell(lp[co.nlocals+int(ins>>8)])
			if c.ref == nil {
				th.unboundDeref(co, int(ins>>8))
				goto fail
			}
			objects.Incref(c.ref)
			lp[sp] = c.ref
			sp++
		case opLOAD_CLASSDEREF:
			name := co.cellfree[ins>>8]
			var v *Object
			if f.locals != nil {
				v = objects.DictGetItem(ts, f.locals, name)
			}
			if v != nil {
				objects.Incref(v)
			} else {
				c := asCell(lp[co.nlocals+int(ins>>8)])
				if c.ref == nil {
					th.unboundDeref(co, int(ins>>8))
					goto fail
				}
				v = objects.NewRef(c.ref)
			}
			lp[sp] = v
			sp++
		case opSTORE_DEREF:
			sp--
			c := asCell(lp[co.nlocals+int(ins>>8)])
			old := c.ref
			c.ref = lp[sp]
			objects.XDecref(ts, old)
		case opDELETE_DEREF:
			c := asCell(lp[co.nlocals+int(ins>>8)])
			if c.ref == nil {
				th.unboundDeref(co, int(ins>>8))
				goto fail
			}
			objects.Clear(ts, &c.ref)
		case opCOPY_FREE_VARS:
			n := int(ins >> 8)
			cl := objects.TupleItems(asFunction(f.fn).closure)
			off := co.nlocals + co.ncells
			for i := 0; i < n; i++ {
				lp[off+i] = objects.NewRef(cl[i])
			}
		case opLOAD_BUILD_CLASS:
			v := objects.DictGetItemStr(ts, f.builtins, "__build_class__")
			if v == nil {
				ts.Raise(objects.NameError, "__build_class__ not found")
				goto fail
			}
			lp[sp] = objects.NewRef(v)
			sp++
		case opLOAD_ASSERTION_ERROR:
			lp[sp] = objects.NewRef(objects.AssertionError.TypeObject())
			sp++
		case opSETUP_ANNOTATIONS:
			if f.locals == nil {
				ts.Raise(objects.SystemError, "no locals found when setting up annotations")
				goto fail
			}
			if objects.DictGetItemStr(ts, f.locals, "__annotations__") == nil {
				d := objects.NewDict(ts)
				objects.DictSetItemStr(ts, f.locals, "__annotations__", d)
				if objects.Unref(ts, d) {
					objects.Dealloc(ts, d)
				}
			}
		case opPRINT_EXPR:
			sp--
			v := lp[sp]
			r := th.displayHook(v)
			if objects.Unref(ts, v) {
				objects.Dealloc(ts, v)
			}
			if !r {
				goto fail
			}
		case opIMPORT_NAME:
			fromlist, level := lp[sp-1], lp[sp-2]
			f.pc = pc
			m := th.importName(f, co.names[ins>>8], fromlist, level)
			if m == nil {
				goto fail
			}
			sp--
			if objects.Unref(ts, fromlist) {
				objects.Dealloc(ts, fromlist)
			}
			if objects.Unref(ts, level) {
				objects.Dealloc(ts, level)
			}
			lp[sp-1] = m
		case opIMPORT_FROM:
			r := th.importFrom(lp[sp-1], co.names[ins>>8])
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opIMPORT_STAR:
			m := lp[sp-1]
			if th.importStar(f, m) < 0 {
				goto fail
			}
			sp--
			if objects.Unref(ts, m) {
				objects.Dealloc(ts, m)
			}
		case opGET_LEN:
			n := objects.Len(ts, lp[sp-1])
			if n < 0 {
				goto fail
			}
			r := objects.NewInt(ts, int64(n))
			lp[sp] = r
			sp++
		case opMATCH_MAPPING:
			lp[sp] = matchKind(lp[sp-1], matchMapping)
			sp++
		case opMATCH_SEQUENCE:
			lp[sp] = matchKind(lp[sp-1], matchSequence)
			sp++
		case opMATCH_KEYS:
			r := matchKeys(ts, lp[sp-2], lp[sp-1])
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opMATCH_CLASS:
			sp -= 2
			r := matchClass(ts, lp[sp-1], lp[sp], int(ins>>8), lp[sp+1])
			if objects.Unref(ts, lp[sp+1]) {
				objects.Dealloc(ts, lp[sp+1])
			}
			if objects.Unref(ts, lp[sp]) {
				objects.Dealloc(ts, lp[sp])
			}
			if r == nil {
				if ts.Occurred() {
					goto fail
				}
				r = objects.None
			}
			if objects.Unref(ts, lp[sp-1]) {
				objects.Dealloc(ts, lp[sp-1])
			}
			lp[sp-1] = r
		case opGET_AWAITABLE, opGET_AITER, opASYNC_GEN_WRAP:
			var r *Object
			switch ins & 0xff {
			case opGET_AWAITABLE:
				r = getAwaitable(ts, lp[sp-1], ins>>8)
			case opGET_AITER:
				r = getAIter(ts, lp[sp-1])
			default:
				r = asyncGenWrap(ts, lp[sp-1])
			}
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, lp[sp-1]) {
				objects.Dealloc(ts, lp[sp-1])
			}
			lp[sp-1] = r
		case opGET_ANEXT:
			r := getANext(ts, lp[sp-1])
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		case opEND_ASYNC_FOR:
			sp--
			if e := lp[sp]; !e.Type().IsSubtype(objects.StopAsyncIteration) {
				exc = e
				goto unwind
			}
			if objects.Unref(ts, lp[sp]) {
				objects.Dealloc(ts, lp[sp])
			}
			sp--
			if objects.Unref(ts, lp[sp]) {
				objects.Dealloc(ts, lp[sp])
			}
		case opRAISE_VARARGS:
			n := int(ins >> 8)
			var e, cause *Object
			if n == 2 {
				sp--
				cause = lp[sp]
			}
			if n >= 1 {
				sp--
				e = lp[sp]
			}
			if th.doRaise(e, cause) {
				// bare raise: re-raise without a new traceback entry
				exc = ts.FetchErr()
				goto unwind
			}
			goto fail
		case opRERAISE:
			sp--
			exc = lp[sp]
			goto unwind
		case opPUSH_EXC_INFO:
			v := lp[sp-1]
			prev := th.excInfo.value
			if prev == nil {
				prev = objects.None
			}
			th.excInfo.value = objects.NewRef(v)
			lp[sp-1] = prev
			lp[sp] = v
			sp++
		case opPOP_EXCEPT:
			sp--
			v := lp[sp]
			old := th.excInfo.value
			if v == objects.None {
				if objects.Unref(ts, v) {
					objects.Dealloc(ts, v)
				}
				v = nil
			}
			th.excInfo.value = v
			objects.XDecref(ts, old)
		case opCHECK_EXC_MATCH:
			typ := lp[sp-1]
			m := th.excMatch(lp[sp-2], typ)
			if m < 0 {
				goto fail
			}
			if objects.Unref(ts, typ) {
				objects.Dealloc(ts, typ)
			}
			lp[sp-1] = objects.Bool(m == 1)
		case opCHECK_EG_MATCH:
			sp--
			if !th.checkEGMatch(lp[sp-1], lp[sp], lp[sp-1:sp+1]) {
				if objects.Unref(ts, lp[sp]) {
					objects.Dealloc(ts, lp[sp])
				}
				goto fail
			}
			sp++
		case opPREP_RERAISE_STAR:
			sp--
			r := objects.PrepReraiseStar(ts, lp[sp-1], lp[sp])
			if r == nil {
				goto fail
			}
			if objects.Unref(ts, lp[sp]) {
				objects.Dealloc(ts, lp[sp])
			}
			if objects.Unref(ts, lp[sp-1]) {
				objects.Dealloc(ts, lp[sp-1])
			}
			lp[sp-1] = r
		case opBEFORE_WITH, opBEFORE_ASYNC_WITH:
			mgr := lp[sp-1]
			exit, res := th.beforeWith(mgr, ins&0xff == opBEFORE_ASYNC_WITH)
			if exit == nil {
				goto fail
			}
			if objects.Unref(ts, mgr) {
				objects.Dealloc(ts, mgr)
			}
			lp[sp-1] = exit
			lp[sp] = res
			sp++
		case opWITH_EXCEPT_START:
			e := lp[sp-1]
			exit := lp[sp-4]
			tb := objects.ExcTraceback(e)
			if tb == nil {
				tb = objects.None
			}
			r := objects.Call(ts, exit, []*Object{e.Type().TypeObject(), e, tb}, nil)
			if r == nil {
				goto fail
			}
			lp[sp] = r
			sp++
		default:
			ts.Raisef(objects.SystemError, "unknown opcode %s", compiler.Opcode(ins&0xff))
			goto fail
		}
	}

fail:
	// An instruction raised: chain, record this frame in the traceback,
	// then unwind.
	exc = ts.FetchErr()
	if exc == nil {
		exc = objects.NewException(ts, objects.SystemError, "error return without exception set")
	}
	th.chainContext(exc)
	addTraceback(ts, exc, f, pc-1)
unwind:
	lasti = pc - 1
	for _, e := range co.C.ExceptionTable {
		// A thread stopped by finalization runs no handler (gil.go).
		if e.Start <= lasti && lasti < e.End && !th.lk.stopping.Load() {
			target := co.nlp + e.Depth
			for sp > target {
				sp--
				if x := lp[sp]; x != nil {
					if objects.Unref(ts, x) {
						objects.Dealloc(ts, x)
					}
				}
			}
			if e.Lasti {
				lp[sp] = objects.NewInt(ts, int64(lasti))
				sp++
			}
			lp[sp] = exc
			sp++
			pc = e.Target
			exc = nil
			goto loop
		}
	}
	// No handler here: the frame ends with the exception. Its value
	// stack is emptied first, top down, as CPython does, so temporaries
	// die now even when a traceback keeps the frame's locals.
	for sp > co.nlp {
		sp--
		if x := lp[sp]; x != nil {
			lp[sp] = nil
			if objects.Unref(ts, x) {
				objects.Dealloc(ts, x)
			}
		}
	}
	ts.SetErrSteal(exc)
	exc = nil
	f.sp = sp
	f.pc = pc // f_lineno of the frame object, if one outlives the frame
	if f.gen != nil {
		f.yielded = false
		if f.entry {
			return nil
		}
		f = th.finishInline(f, true) // resumed inline by FOR_ITER
	} else if f.entry {
		th.popFrame(f)
		return nil
	} else {
		caller := f.back
		th.popFrame(f)
		f = caller
	}
	co = f.co
	code = unsafe.Pointer(unsafe.SliceData(co.ins))
	consts = co.consts
	lp = f.lp
	pc, sp = f.pc, f.sp
	if f.dropEx != 0 {
		sp, _ = th.finishCall(f, lp, sp, nil)
	}
	goto fail
}

func (th *Thread) unboundLocal(co *Code, i int) {
	th.TS.Raisef(objects.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.C.VarNames[i])
}

func (th *Thread) unboundDeref(co *Code, i int) {
	if i < co.ncells {
		th.TS.Raisef(objects.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.C.CellVars[i])
		return
	}
	th.TS.Raisef(objects.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", co.C.FreeVars[i-co.ncells])
}

// deleteName finishes DELETE_GLOBAL and DELETE_NAME given the result r of
// the dict deletion: a missing key becomes CPython's NameError. It reports
// whether the deletion succeeded.
func deleteName(ts *objects.Thread, r int, name *Object) bool {
	if r >= 0 {
		return true
	}
	if ts.ErrMatches(objects.KeyError) {
		ts.ClearErr()
		raiseNameError(ts, "name '%s' is not defined", name)
	}
	return false
}
