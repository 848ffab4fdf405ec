//go:build race

package interp

// raceBuild: the test binary has the race detector (go test -race).
const raceBuild = true
