//go:build !ownercheck

package objects

// ownerCheck is false in the normal build: the checks of owner_check.go
// compile away (Incref and Decref test a false constant).
const ownerCheck = false

func checkIncref(*Object)          {}
func checkDecref(*Thread, *Object) {}
