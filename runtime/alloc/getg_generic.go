//go:build ownercheck && !amd64 && !arm64

package alloc

import (
	"bytes"
	"runtime"
	"strconv"
)

// getg returns a token of the calling goroutine: its id, parsed from the
// header of its stack trace ("goroutine 18 [running]:"). Slow, but only
// the check build uses it, and only where getg_*.s has no assembly.
func getg() uintptr {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	n, _ := strconv.ParseUint(string(b), 10, 64)
	return uintptr(n)
}
