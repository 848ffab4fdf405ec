package builtins

import (
	"syscall"
	"unsafe"

	"minipy/vm/objects"
)

// File descriptors in the os module: pipe, read, write, close, dup, dup2,
// fdopen, isatty, as posixmodule.c has them. Descriptors made here are
// non-inheritable (close-on-exec), as CPython's (PEP 446). A read that may
// block detaches from the interpreter lock when other threads could run.

// osReadMax bounds the buffer of one os.read: a larger request reads at
// most this much, which read(2) allows.
const osReadMax = 1 << 26

// fdArg converts a file descriptor argument (a C int).
func fdArg(ts *objects.Thread, o *Object) (int, bool) {
	v, ok := objects.IndexValue(ts, o, objects.OverflowError)
	if !ok {
		return 0, false
	}
	if v < -1<<31 || v > 1<<31-1 {
		ts.Raise(objects.OverflowError, "Python int too large to convert to C int")
		return 0, false
	}
	return v, true
}

// retryEINTR runs a system call until it is not interrupted.
func retryEINTR(call func() error) error {
	for {
		if err := call(); err != syscall.EINTR {
			return err
		}
	}
}

var osFDDefs = []*objects.MethodDef{
	{Name: "pipe", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, "pipe", args, kwnames) {
			return nil
		}
		var p [2]int
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			return raiseOSErr(ts, err, "")
		}
		return objects.NewTupleSteal(ts, objects.NewInt(ts, int64(p[0])), objects.NewInt(ts, int64(p[1])))
	}},
	{Name: "read", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "read", args, kwnames, 2, 2) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		n, ok := objects.IndexValue(ts, args[1], objects.OverflowError)
		if !ok {
			return nil
		}
		if n < 0 {
			return raiseOSErr(ts, syscall.EINVAL, "")
		}
		buf := make([]byte, min(n, osReadMax))
		var got int
		read := func() error {
			var err error
			got, err = syscall.Read(fd, buf)
			return err
		}
		var err error
		if th := vmThread(ts); th.Interp.ThreadCount() > 0 {
			// Other threads run while this one waits for data.
			th.Detach()
			err = retryEINTR(read)
			th.Attach()
		} else {
			err = retryEINTR(read)
		}
		if err != nil {
			return raiseOSErr(ts, err, "")
		}
		return objects.NewBytes(ts, buf[:got])
	}},
	{Name: "write", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "write", args, kwnames, 2, 2) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		data, ok := objects.BufferBytes(args[1])
		if !ok {
			return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(args[1]))
		}
		var n int
		err := retryEINTR(func() error {
			var err error
			n, err = syscall.Write(fd, data)
			return err
		})
		if err != nil {
			return raiseOSErr(ts, err, "")
		}
		return objects.NewInt(ts, int64(n))
	}},
	{Name: "close", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "close", args, kwnames) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		if err := syscall.Close(fd); err != nil && err != syscall.EINTR {
			return raiseOSErr(ts, err, "")
		}
		return objects.None
	}},
	{Name: "dup", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "dup", args, kwnames) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
		if e != 0 {
			return raiseOSErr(ts, e, "")
		}
		return objects.NewInt(ts, int64(r))
	}},
	{Name: "dup2", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var a, b, inh *Object
		if !objects.ParseArgs(ts, "dup2", args, kwnames, []string{"fd", "fd2", "inheritable"}, 2, &a, &b, &inh) {
			return nil
		}
		fd, ok := fdArg(ts, a)
		if !ok {
			return nil
		}
		fd2, ok := fdArg(ts, b)
		if !ok {
			return nil
		}
		flags := 0
		if inh != nil {
			t := objects.IsTrue(ts, inh)
			if t < 0 {
				return nil
			}
			if t == 0 {
				flags = syscall.O_CLOEXEC
			}
		}
		if fd == fd2 {
			// dup3 refuses equal descriptors; dup2 checks fd is open.
			if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0); e != 0 {
				return raiseOSErr(ts, e, "")
			}
			return objects.NewInt(ts, int64(fd2))
		}
		if err := syscall.Dup3(fd, fd2, flags); err != nil {
			return raiseOSErr(ts, err, "")
		}
		return objects.NewInt(ts, int64(fd2))
	}},
	{Name: "isatty", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "isatty", args, kwnames) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		var t syscall.Termios
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
		return objects.Bool(e == 0)
	}},
	// fdopen(fd, *args, **kwargs) is open(fd, *args, **kwargs).
	{Name: "fdopen", Fn: func(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
		if len(args) == 0 || (kwnames != nil && len(args) <= len(objects.TupleItems(kwnames))) {
			return ts.Raise(objects.TypeError, "fdopen() missing required argument 'fd' (pos 1)")
		}
		if objects.AsInt(args[0]) == nil {
			return ts.Raisef(objects.TypeError, "fdopen() argument 'fd' must be int, not %s", objects.TypeName(args[0]))
		}
		return ioOpen(ts, self, args, kwnames)
	}},
}
