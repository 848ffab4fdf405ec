//go:build !unix

package interp

import "time"

// processCPU is unknown here (the cpu-per-wall metric reads 0).
func processCPU() time.Duration { return 0 }
