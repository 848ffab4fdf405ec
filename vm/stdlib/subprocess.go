package stdlib

import (
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/builtins"
	"minipy/vm/objects"
)

// _subprocess: the process half of subprocess, over os.StartProcess. The
// subprocess module itself (subprocess_py.go) makes the pipes with
// os.pipe and the file objects; this starts the child on the descriptors
// it is given, waits for it, and runs communicate's concurrent writes and
// reads on goroutines. Every blocking wait releases the interpreter lock
// and wakes on Ctrl-C (the thread's WakeChan), as CPython's waits do.

type procObj struct {
	objects.Object
	*procState
}

// procState is apart from the object: the reaper and communicate's
// goroutines may outlive it (a Popen dropped while its child runs).
type procState struct {
	pid  int
	done chan struct{} // closed when the reaper goroutine has waited
	code int           // returncode once done: exit status or -signal
	comm *procComm     // communicate's goroutines, once started
}

// procComm is one communicate() run: it survives a timeout so that the
// next call collects the same output.
type procComm struct {
	wg       sync.WaitGroup
	done     chan struct{}
	out, err []byte
	werr     error // the write to stdin, other than EPIPE
}

var (
	procClass = alloc.NewClass[procObj]("_subprocess.Process")
	procType  = &objects.Type{Name: "_subprocess.Process", QualName: "Process", Module: "_subprocess"}
)

func asProc(o *Object) *procObj { return (*procObj)(ptr(o)) }

// strList reads a list or tuple of str/bytes.
func strList(ts *objects.Thread, o *Object, what string) ([]string, bool) {
	l := objects.SequenceList(ts, o)
	if l == nil {
		return nil, false
	}
	defer objects.Decref(ts, l)
	var out []string
	for _, it := range objects.ListItems(l) {
		switch {
		case objects.AsStr(it) != nil:
			out = append(out, objects.StrValue(it))
		case objects.AsBytes(it) != nil:
			out = append(out, string(objects.BytesValue(it)))
		default:
			ts.Raisef(objects.TypeError, "%s must be str or bytes, not %s", what, objects.TypeName(it))
			return nil, false
		}
		if strings.IndexByte(out[len(out)-1], 0) >= 0 {
			ts.Raise(objects.ValueError, "embedded null byte")
			return nil, false
		}
	}
	return out, true
}

// raiseErrno raises the OSError subclass of errno e, naming filename
// (when not empty).
func raiseErrno(ts *objects.Thread, e syscall.Errno, filename string) *Object {
	if filename == "" {
		return builtins.RaiseOSError(ts, e, nil, nil)
	}
	f := objects.NewStr(ts, filename)
	if f == nil {
		return nil
	}
	defer objects.Decref(ts, f)
	return builtins.RaiseOSError(ts, e, f, nil)
}

// findExec picks the first candidate that is an executable regular file,
// as execve's search would; the error is the one execve would give.
func findExec(cands []string) (string, syscall.Errno) {
	errno := syscall.ENOENT
	for _, c := range cands {
		st, err := os.Stat(c)
		if err != nil {
			if pe, ok := err.(*os.PathError); ok {
				if e, ok := pe.Err.(syscall.Errno); ok && e != syscall.ENOENT && e != syscall.ENOTDIR {
					errno = e
				}
			}
			continue
		}
		if st.IsDir() || syscall.Access(c, 1) != nil {
			errno = syscall.EACCES
			continue
		}
		return c, 0
	}
	return "", errno
}

// spawn(args, candidates, cwd, env, stdin, stdout, stderr, new_session,
// pass_fds, name) starts a child; a standard descriptor of -1 is
// inherited; name is the program as given, for the error when it is not
// found.
// The descriptors stay the caller's: the child gets copies.
func subSpawn(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "spawn", args, kwnames, 10, 10) {
		return nil
	}
	argv, ok := strList(ts, args[0], "args")
	if !ok {
		return nil
	}
	cands, ok := strList(ts, args[1], "executable")
	if !ok {
		return nil
	}
	var attr syscall.ProcAttr
	if args[2] != objects.None {
		one := objects.NewTupleSteal(ts, objects.NewRef(args[2]))
		if one == nil {
			return nil
		}
		dir, ok := strList(ts, one, "cwd")
		objects.Decref(ts, one)
		if !ok {
			return nil
		}
		attr.Dir = dir[0]
		// The child's chdir error would name the program; CPython's
		// names the directory.
		if st, err := os.Stat(attr.Dir); err != nil || !st.IsDir() {
			e := syscall.ENOTDIR
			if pe, ok := err.(*os.PathError); ok {
				e, _ = pe.Err.(syscall.Errno)
			}
			return raiseErrno(ts, e, attr.Dir)
		}
	}
	if args[3] != objects.None {
		if attr.Env, ok = strList(ts, args[3], "env"); !ok {
			return nil
		}
	} else {
		attr.Env = os.Environ()
	}
	attr.Files = make([]uintptr, 3)
	for i := 0; i < 3; i++ {
		fd, ok := objects.IndexValue(ts, args[4+i], objects.OverflowError)
		if !ok {
			return nil
		}
		if fd < 0 {
			fd = i
		}
		attr.Files[i] = uintptr(fd)
	}
	l := objects.SequenceList(ts, args[8])
	if l == nil {
		return nil
	}
	for _, it := range objects.ListItems(l) {
		fd, ok := objects.IndexValue(ts, it, objects.OverflowError)
		if !ok {
			objects.Decref(ts, l)
			return nil
		}
		if fd < 3 {
			continue
		}
		for len(attr.Files) <= fd {
			attr.Files = append(attr.Files, ^uintptr(0)) // closed in the child
		}
		attr.Files[fd] = uintptr(fd)
	}
	objects.Decref(ts, l)
	if objects.IsTrue(ts, args[7]) == 1 {
		attr.Sys = &syscall.SysProcAttr{Setsid: true}
	}
	exe, errno := findExec(cands)
	if errno != 0 {
		if objects.AsStr(args[9]) == nil {
			return raiseErrno(ts, errno, string(objects.BytesValue(args[9])))
		}
		return raiseErrno(ts, errno, objects.StrValue(args[9]))
	}
	pid, err := syscall.ForkExec(exe, argv, &attr)
	if err != nil {
		e, _ := err.(syscall.Errno)
		if e == 0 {
			e = syscall.EINVAL
		}
		return raiseErrno(ts, e, argv[0])
	}
	x := &procState{pid: pid, done: make(chan struct{})}
	o := objects.NewObject(ts, procClass, procType)
	o.procState = x
	go func() {
		var ws syscall.WaitStatus
		code := -1
		for {
			_, err := syscall.Wait4(pid, &ws, 0, nil)
			if err != syscall.EINTR {
				if err == nil {
					switch {
					case ws.Exited():
						code = ws.ExitStatus()
					case ws.Signaled():
						code = -int(ws.Signal())
					}
				}
				break
			}
		}
		x.code = code
		close(x.done)
	}()
	return &o.Object
}

// waitDone waits for ch without the interpreter lock until the deadline
// (zero: none); false with an exception set when interrupted, and
// timedOut when the deadline passed first.
func waitDone(ts *objects.Thread, ch <-chan struct{}, timeout float64) (timedOut, ok bool) {
	select {
	case <-ch:
		return false, true
	default:
	}
	th := ts.Owner.(*vm.Thread)
	var timer <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(time.Duration(timeout * 1e9))
		defer t.Stop()
		timer = t.C
	}
	for {
		th.Detach()
		select {
		case <-ch:
			th.Attach()
			return false, true
		case <-timer:
			th.Attach()
			return true, true
		case <-th.WakeChan():
		}
		th.Attach()
		if !th.CheckInterrupts() {
			return false, false
		}
	}
}

// timeoutArg is None (-1: wait for ever) or a number of seconds.
func timeoutArg(ts *objects.Thread, o *Object) (float64, bool) {
	if o == nil || o == objects.None {
		return -1, true
	}
	v, ok := objects.FloatAsDouble(ts, o)
	if !ok {
		return 0, false
	}
	if v < 0 {
		v = 0
	}
	return v, true
}

func procWait(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var to *Object
	if !objects.ParseArgs(ts, "wait", args, kwnames, []string{"timeout"}, 0, &to) {
		return nil
	}
	t, ok := timeoutArg(ts, to)
	if !ok {
		return nil
	}
	x := asProc(self)
	timedOut, ok := waitDone(ts, x.done, t)
	if !ok {
		return nil
	}
	if timedOut {
		return objects.None
	}
	return objects.NewInt(ts, int64(x.code))
}

func procPoll(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "poll", args, kwnames) {
		return nil
	}
	x := asProc(self)
	select {
	case <-x.done:
		return objects.NewInt(ts, int64(x.code))
	default:
		return objects.None
	}
}

func procSignal(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "send_signal", args, kwnames) {
		return nil
	}
	sig, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	if !ok {
		return nil
	}
	x := asProc(self)
	select {
	case <-x.done:
		return objects.None // already reaped: nothing to signal
	default:
	}
	if err := syscall.Kill(x.pid, syscall.Signal(sig)); err != nil && err != syscall.ESRCH {
		return raiseErrno(ts, err.(syscall.Errno), "")
	}
	return objects.None
}

// readAll reads fd to EOF into *dst and closes it.
func readAll(fd int, dst *[]byte) {
	buf := make([]byte, 32*1024)
	for {
		n, err := syscall.Read(fd, buf)
		if n > 0 {
			*dst = append(*dst, buf[:n]...)
		}
		if err == syscall.EINTR {
			continue
		}
		if n <= 0 {
			break
		}
	}
	syscall.Close(fd)
}

// comm_start(stdin_fd, data, stdout_fd, stderr_fd): the descriptors
// (-1: none) are the caller's dups, owned and closed here.
func procCommStart(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "comm_start", args, kwnames, 4, 4) {
		return nil
	}
	var fds [3]int
	for i, a := range []*Object{args[0], args[2], args[3]} {
		v, ok := objects.IndexValue(ts, a, objects.OverflowError)
		if !ok {
			return nil
		}
		fds[i] = v
	}
	var data []byte
	if args[1] != objects.None {
		b, ok := objects.BufferBytes(args[1])
		if !ok {
			return ts.Raisef(objects.TypeError, "memoryview: a bytes-like object is required, not '%s'", objects.TypeName(args[1]))
		}
		data = append([]byte(nil), b...)
	}
	x := asProc(self)
	c := &procComm{done: make(chan struct{})}
	x.comm = c
	if fds[0] >= 0 {
		c.wg.Add(1)
		go func(fd int) {
			defer c.wg.Done()
			for len(data) > 0 {
				n, err := syscall.Write(fd, data)
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					if err != syscall.EPIPE {
						c.werr = err
					}
					break
				}
				data = data[n:]
			}
			syscall.Close(fd)
		}(fds[0])
	}
	if fds[1] >= 0 {
		c.wg.Add(1)
		go func(fd int) { defer c.wg.Done(); readAll(fd, &c.out) }(fds[1])
	}
	if fds[2] >= 0 {
		c.wg.Add(1)
		go func(fd int) { defer c.wg.Done(); readAll(fd, &c.err) }(fds[2])
	}
	go func() { c.wg.Wait(); close(c.done) }()
	return objects.None
}

// comm_finish(timeout) waits for communicate's goroutines: (out, err) as
// bytes, or None when the timeout passed first.
func procCommFinish(ts *objects.Thread, self *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "comm_finish", args, kwnames) {
		return nil
	}
	t, ok := timeoutArg(ts, args[0])
	if !ok {
		return nil
	}
	x := asProc(self)
	if x.comm == nil {
		return ts.Raise(objects.ValueError, "communication not started")
	}
	timedOut, ok := waitDone(ts, x.comm.done, t)
	if !ok {
		return nil
	}
	if timedOut {
		return objects.None
	}
	if e, isErrno := x.comm.werr.(syscall.Errno); isErrno {
		return raiseErrno(ts, e, "")
	}
	return objects.NewTupleSteal(ts, objects.NewBytes(ts, x.comm.out), objects.NewBytes(ts, x.comm.err))
}

func init() {
	objects.SetLayout(procType, procClass, false)
	procType.Dealloc = func(ts *objects.Thread, o *Object) {
		x := asProc(o)
		x.procState = nil
		objects.FreeObject(ts, procClass, x)
	}
	procType.GetSets = []objects.GetSetDef{{Name: "pid", Get: func(ts *objects.Thread, o *Object) *Object {
		return objects.NewInt(ts, int64(asProc(o).pid))
	}}}
	procType.Methods = []objects.MethodDef{
		{Name: "wait", Fn: procWait},
		{Name: "poll", Fn: procPoll},
		{Name: "send_signal", Fn: procSignal},
		{Name: "comm_start", Fn: procCommStart},
		{Name: "comm_finish", Fn: procCommFinish},
	}
	objects.RegisterStaticType(procType)
	registerDefs("_subprocess", subprocessDefs)
}

var subprocessDefs = []*objects.MethodDef{{Name: "spawn", Fn: subSpawn}}

func newUnderSubprocessModule(th *vm.Thread) *Object {
	return makeModule(th, "_subprocess", "The process half of subprocess.", subprocessDefs,
		map[string]*Object{"Process": objects.NewRef(procType.TypeObject())})
}
