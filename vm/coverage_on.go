//go:build coverage

package vm

// coverageOn makes the eval loop count opcodes and record calls and module
// attribute reads (go test -tags coverage; see coverage.go).
const coverageOn = true
