package alloc

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
	"sync"
)

// The allocation budget. CPython asks malloc for a big payload (the item
// array of [0] * 10**12, the bytes of 'ab' * 10**12) and raises
// MemoryError when malloc says no. Go cannot be asked: an allocation the
// OS refuses is a fatal error ("runtime: out of memory") that kills the
// process. So the object layer checks a big payload's size against what
// the machine can give before allocating it, and raises MemoryError
// beyond.
//
// What the machine can give to one request is what Linux's default
// overcommit heuristic grants malloc: no more than RAM plus swap; less
// under a cgroup memory limit (there the request would be granted and the
// process killed when it touches the pages, which a MemoryError beats).
// A request within the budget is attempted, as CPython attempts it.

var budget struct {
	once sync.Once
	max  uint64
}

// fallbackBudget is the budget where the machine's memory cannot be read
// (not Linux): 1 TiB, far above what programs ask in earnest and far below
// what makes the Go runtime give up.
const fallbackBudget = 1 << 40

// MaxPayload is the largest single payload, in bytes, that the machine can
// give (read once per process: it is a property of the machine, not of an
// interpreter).
func MaxPayload() uint64 {
	budget.once.Do(func() { budget.max = machineBudget() })
	return budget.max
}

// PayloadFits reports whether n items of size bytes each fit the budget;
// false when the product overflows.
func PayloadFits(n, size uint64) bool {
	if size != 0 && n > MaxPayload()/size {
		return false
	}
	return true
}

func machineBudget() uint64 {
	total := meminfoTotal("/proc/meminfo")
	if total == 0 {
		return fallbackBudget
	}
	if lim := cgroupLimit(); lim > 0 && lim < total {
		return lim
	}
	return total
}

// meminfoTotal is MemTotal + SwapTotal in bytes, 0 when unknown.
func meminfoTotal(path string) uint64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	var total uint64
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || (f[0] != "MemTotal:" && f[0] != "SwapTotal:") {
			continue
		}
		kb, err := strconv.ParseUint(f[1], 10, 64)
		if err != nil {
			return 0
		}
		total += kb << 10
	}
	return total
}

// cgroupLimit is the memory limit of the process's cgroup (v2, then v1),
// 0 when there is none.
func cgroupLimit() uint64 {
	for _, p := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := strings.TrimSpace(string(data))
		if s == "max" {
			return 0
		}
		if v, err := strconv.ParseUint(s, 10, 64); err == nil && v < 1<<60 {
			return v
		}
	}
	return 0
}
