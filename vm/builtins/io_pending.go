package builtins

// StreamPending reports whether o is one of the built-in streams (known)
// and whether its write buffer holds text not yet written (pending):
// vm/interp flushes sys.stdout and sys.stderr when a thread switches
// between interpreters, and skips the flush call when nothing waits.
func StreamPending(o *Object) (pending, known bool) {
	s := asStream(o)
	if s == nil {
		return false, false
	}
	return len(s.wbuf) > 0, true
}
