//go:build !coverage

package vm

// coverageOn is false in the normal build: the coverage hooks of the eval
// loop are dead code (see coverage.go).
const coverageOn = false
