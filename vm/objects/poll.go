package objects

import (
	"bytes"
	"sync/atomic"
)

// Polls of long-running builtins. The eval loop checks its thread's
// eval-breaker word at function entry and backward jumps; a builtin that
// loops in Go (sum(range(10**15)), ''.join of a long list, list.sort, the
// fill of 'x' * huge) never reaches those checks, so it polls every
// PollEvery items instead: Poll is one load and a compare while the word
// is zero, and calls the VM's handler otherwise (cancellation by the
// embedder, the step limit, finalization's stop, the memory limit's
// MemoryError; a request of the interpreter lock or a Ctrl-C is left to
// the eval loop, as CPython's builtins do not check signals either).

// PollEvery is how many items a builtin's loop handles between polls.
const PollEvery = 1024

// SetPoll installs the VM's check: word is the thread's eval-breaker word
// and fn runs when it is non-zero (false: an exception is set).
func (ts *Thread) SetPoll(word *atomic.Uint32, fn func() bool) {
	ts.pollWord, ts.pollFn = word, fn
}

// Poll is the check a builtin's loop makes every PollEvery items; false
// means an exception is set and the builtin must fail.
func (ts *Thread) Poll() bool {
	if w := ts.pollWord; w != nil && w.Load() != 0 {
		return ts.pollFn()
	}
	return true
}

// pollCount is Poll for a loop counter: every PollEvery-th call polls.
func (ts *Thread) pollCount(i int) bool {
	if i&(PollEvery-1) != 0 {
		return true
	}
	return ts.Poll()
}

// PayloadFits reports whether a payload of n bytes may be allocated: within
// the machine's budget (alloc.MaxPayload) and the heap's memory limit. When
// it does not, MemoryError is set and false returned.
func (ts *Thread) PayloadFits(n int64) bool {
	if n < 0 || n > strMaxSize {
		ts.RaiseNone(MemoryError)
		return false
	}
	if !ts.heap.Fits(n) {
		// The memory limit: the handler may allocate a little (the
		// reserve), and a crossing reported meanwhile (a new arena) is
		// not raised again at the next check (vm's memoryCheck).
		ts.RaiseNone(MemoryError)
		ts.heap.UseReserve()
		return false
	}
	return true
}

// repeatPolled is bytes.Repeat(b, n) that polls between the chunks of a
// big result (the fill of 'x' * 10**10 takes seconds), so that a
// cancellation stops it. The result is a new slice the caller owns.
func repeatPolled(ts *Thread, b []byte, n int) ([]byte, bool) {
	total := len(b) * n
	const chunk = 1 << 20
	if total <= chunk {
		return bytes.Repeat(b, n), true
	}
	out := make([]byte, total)
	k := copy(out, b)
	for k < total {
		// Copies of whole repetitions keep k a multiple of len(b).
		c := min(k, chunk) / len(b) * len(b)
		if c == 0 {
			c = k
		}
		k += copy(out[k:], out[:c])
		if !ts.Poll() {
			return nil, false
		}
	}
	return out, true
}
