//go:build ownercheck

#include "textflag.h"

// func getg() uintptr: the address of the calling goroutine's g, read from
// thread-local storage (ABI0 code reaches g through TLS on amd64).
TEXT ·getg(SB), NOSPLIT, $0-8
	MOVQ (TLS), AX
	MOVQ AX, ret+0(FP)
	RET
