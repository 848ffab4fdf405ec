//go:build ownercheck && (amd64 || arm64)

package alloc

// getg returns a token of the calling goroutine, unique among the live
// goroutines: its g's address (getg_*.s). Only the check build uses it.
func getg() uintptr
