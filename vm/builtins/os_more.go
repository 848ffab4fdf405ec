package builtins

import (
	"os"
	"os/exec"
	"syscall"
	"unsafe"

	"minipy/vm/objects"
)

// More of posixmodule.c: permissions, links, times, descriptors' stat and
// seek, the terminal's size, kill, uname, system, and the directory
// listing with entry types that os.scandir (Python, os_py.go) is built on.

var (
	terminalSize = NewStructSeqType("os.terminal_size", []string{"columns", "lines"}, 2)
	unameResult  = NewStructSeqType("posix.uname_result", []string{"sysname", "nodename", "release", "version", "machine"}, 5)
)

// pathOrFD is a path argument that may also be an open descriptor (the
// functions that accept one: chmod, stat, utime, truncate...).
func pathOrFD(ts *objects.Thread, fname, arg string, o *Object) (pathArg, int, bool) {
	if objects.AsInt(o) != nil {
		fd, ok := fdArg(ts, o)
		return pathArg{}, fd, ok
	}
	if objects.AsStr(o) == nil && objects.AsBytes(o) == nil && objects.LookupTypeString(o.Type(), "__fspath__") == nil {
		ts.Raisef(objects.TypeError, "%s: %s should be string, bytes, os.PathLike or integer, not %s", fname, arg, objects.TypeName(o))
		return pathArg{}, -1, false
	}
	pa, ok := getPath(ts, fname, arg, o)
	return pa, -1, ok
}

func intArg(ts *objects.Thread, o *Object) (int, bool) {
	return objects.IndexValue(ts, o, objects.OverflowError)
}

// boolArg is a flag argument (absent: dflt).
func boolArg(ts *objects.Thread, o *Object, dflt bool) (bool, bool) {
	if o == nil {
		return dflt, true
	}
	t := objects.IsTrue(ts, o)
	return t == 1, t >= 0
}

func osOpen(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, flags, mode, dirFD *Object
	if !objects.ParseArgs(ts, "open", args, kwnames, []string{"path", "flags", "mode", "*", "dir_fd"}, 2, &p, &flags, &mode, &dirFD) {
		return nil
	}
	pa, ok := getPath(ts, "open", "path", p)
	if !ok {
		return nil
	}
	fl, ok := intArg(ts, flags)
	if !ok {
		return nil
	}
	m := 0o777
	if mode != nil {
		if m, ok = intArg(ts, mode); !ok {
			return nil
		}
	}
	var fd int
	err := retryEINTR(func() error {
		var err error
		fd, err = syscall.Open(pa.s, fl|syscall.O_CLOEXEC, uint32(m))
		return err
	})
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.NewInt(ts, int64(fd))
}

func osChmod(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, mode, dirFD, follow *Object
	if !objects.ParseArgs(ts, "chmod", args, kwnames, []string{"path", "mode", "*", "dir_fd", "follow_symlinks"}, 2, &p, &mode, &dirFD, &follow) {
		return nil
	}
	pa, fd, ok := pathOrFD(ts, "chmod", "path", p)
	if !ok {
		return nil
	}
	m, ok := intArg(ts, mode)
	if !ok {
		return nil
	}
	var err error
	if fd >= 0 {
		err = syscall.Fchmod(fd, uint32(m))
	} else {
		err = syscall.Chmod(pa.s, uint32(m))
	}
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osChown(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, uid, gid, dirFD, follow *Object
	if !objects.ParseArgs(ts, "chown", args, kwnames, []string{"path", "uid", "gid", "*", "dir_fd", "follow_symlinks"}, 3, &p, &uid, &gid, &dirFD, &follow) {
		return nil
	}
	pa, fd, ok := pathOrFD(ts, "chown", "path", p)
	if !ok {
		return nil
	}
	u, ok := intArg(ts, uid)
	if !ok {
		return nil
	}
	g, ok := intArg(ts, gid)
	if !ok {
		return nil
	}
	fl, ok := boolArg(ts, follow, true)
	if !ok {
		return nil
	}
	var err error
	switch {
	case fd >= 0:
		err = syscall.Fchown(fd, u, g)
	case !fl:
		err = syscall.Lchown(pa.s, u, g)
	default:
		err = syscall.Chown(pa.s, u, g)
	}
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osUmask(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var mask *Object
	if !objects.ParseArgs(ts, "umask", args, kwnames, []string{"mask", "/"}, 1, &mask) {
		return nil
	}
	m, ok := intArg(ts, mask)
	if !ok {
		return nil
	}
	return objects.NewInt(ts, int64(syscall.Umask(m)))
}

// osTwoPaths is symlink/link: f(src, dst) with the errors naming both.
func osTwoPaths(name string, call func(a, b string) error) objects.MethodFn {
	return func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var src, dst, x, y, z *Object
		names := []string{"src", "dst", "target_is_directory", "*", "dir_fd"}
		if name == "link" {
			names = []string{"src", "dst", "*", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}
		}
		if !objects.ParseArgs(ts, name, args, kwnames, names, 2, &src, &dst, &x, &y, &z) {
			return nil
		}
		a, ok := getPath(ts, name, "src", src)
		if !ok {
			return nil
		}
		b, ok := getPath(ts, name, "dst", dst)
		if !ok {
			return nil
		}
		if a.isBytes != b.isBytes {
			return ts.Raisef(objects.TypeError, "%s: src and dst must be the same type", name)
		}
		if err := call(a.s, b.s); err != nil {
			return raiseOSErr2(ts, err, src, dst)
		}
		return objects.None
	}
}

func osReadlink(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, dirFD *Object
	if !objects.ParseArgs(ts, "readlink", args, kwnames, []string{"path", "*", "dir_fd"}, 1, &p, &dirFD) {
		return nil
	}
	pa, ok := getPath(ts, "readlink", "path", p)
	if !ok {
		return nil
	}
	for n := 256; ; n *= 2 {
		buf := make([]byte, n)
		k, err := syscall.Readlink(pa.s, buf)
		if err != nil {
			return raiseOSErr2(ts, err, p, nil)
		}
		if k < n {
			return pathResult(ts, string(buf[:k]), pa.isBytes)
		}
	}
}

// timeNs converts a utime time (int or float seconds) to nanoseconds.
func timeNs(ts *objects.Thread, o *Object) (int64, bool) {
	if f := objects.AsFloat(o); f != nil {
		v := objects.FloatValue(o)
		sec := int64(v)
		if float64(sec) > v {
			sec--
		}
		return sec*1e9 + int64((v-float64(sec))*1e9), true
	}
	if objects.AsInt(o) == nil {
		ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(o))
		return 0, false
	}
	v, ok := objects.IndexValue(ts, o, objects.OverflowError)
	return int64(v) * 1e9, ok
}

func osUtime(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, times, ns, dirFD, follow *Object
	if !objects.ParseArgs(ts, "utime", args, kwnames, []string{"path", "times", "*", "ns", "dir_fd", "follow_symlinks"}, 1, &p, &times, &ns, &dirFD, &follow) {
		return nil
	}
	pa, fd, ok := pathOrFD(ts, "utime", "path", p)
	if !ok {
		return nil
	}
	if times != nil && times != objects.None && ns != nil {
		return ts.Raise(objects.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var tsp [2]syscall.Timespec
	now := true
	switch {
	case times != nil && times != objects.None:
		items := objects.TupleItems(times)
		if objects.AsTuple(times) == nil || len(items) != 2 {
			return ts.Raise(objects.TypeError, "utime: 'times' must be either a tuple of two ints or None")
		}
		for i, it := range items {
			v, ok := timeNs(ts, it)
			if !ok {
				return nil
			}
			tsp[i] = syscall.NsecToTimespec(v)
		}
		now = false
	case ns != nil:
		items := objects.TupleItems(ns)
		if objects.AsTuple(ns) == nil || len(items) != 2 {
			return ts.Raise(objects.TypeError, "utime: 'ns' must be a tuple of two ints")
		}
		for i, it := range items {
			if objects.AsInt(it) == nil {
				return ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(it))
			}
			v, ok := objects.IndexValue(ts, it, objects.OverflowError)
			if !ok {
				return nil
			}
			tsp[i] = syscall.NsecToTimespec(int64(v))
		}
		now = false
	}
	fl, ok := boolArg(ts, follow, true)
	if !ok {
		return nil
	}
	var ptr unsafe.Pointer
	if !now {
		ptr = unsafe.Pointer(&tsp[0])
	}
	var err error
	if fd >= 0 {
		_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(fd), 0, uintptr(ptr), 0, 0, 0)
		if e != 0 {
			err = e
		}
	} else {
		name, e1 := syscall.BytePtrFromString(pa.s)
		if e1 != nil {
			return raiseOSErr2(ts, e1, p, nil)
		}
		flags := 0
		if !fl {
			flags = 0x100 // AT_SYMLINK_NOFOLLOW
		}
		atFDCWD := -100
		_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(atFDCWD), uintptr(unsafe.Pointer(name)), uintptr(ptr), uintptr(flags), 0, 0)
		if e != 0 {
			err = e
		}
	}
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osAccess(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, mode, dirFD, eff, follow *Object
	if !objects.ParseArgs(ts, "access", args, kwnames, []string{"path", "mode", "*", "dir_fd", "effective_ids", "follow_symlinks"}, 2, &p, &mode, &dirFD, &eff, &follow) {
		return nil
	}
	pa, ok := getPath(ts, "access", "path", p)
	if !ok {
		return nil
	}
	m, ok := intArg(ts, mode)
	if !ok {
		return nil
	}
	return objects.Bool(syscall.Access(pa.s, uint32(m)) == nil)
}

func osGetTerminalSize(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var fdo *Object
	if !objects.ParseArgs(ts, "get_terminal_size", args, kwnames, []string{"fd", "/"}, 0, &fdo) {
		return nil
	}
	fd := 1
	if fdo != nil {
		var ok bool
		if fd, ok = fdArg(ts, fdo); !ok {
			return nil
		}
	}
	var ws struct{ row, col, x, y uint16 }
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		return raiseOSErr(ts, e, "")
	}
	return terminalSize.NewSteal(ts, objects.NewInt(ts, int64(ws.col)), objects.NewInt(ts, int64(ws.row)))
}

func osFstat(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var fdo *Object
	if !objects.ParseArgs(ts, "fstat", args, kwnames, []string{"fd"}, 1, &fdo) {
		return nil
	}
	fd, ok := fdArg(ts, fdo)
	if !ok {
		return nil
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return raiseOSErr(ts, err, "")
	}
	return makeStat(ts, &st)
}

func osLseek(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "lseek", args, kwnames, 3, 3) {
		return nil
	}
	fd, ok := fdArg(ts, args[0])
	if !ok {
		return nil
	}
	pos, ok := intArg(ts, args[1])
	if !ok {
		return nil
	}
	how, ok := fdArg(ts, args[2])
	if !ok {
		return nil
	}
	r, err := syscall.Seek(fd, int64(pos), how)
	if err != nil {
		return raiseOSErr(ts, err, "")
	}
	return objects.NewInt(ts, r)
}

func osFtruncate(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "ftruncate", args, kwnames, 2, 2) {
		return nil
	}
	fd, ok := fdArg(ts, args[0])
	if !ok {
		return nil
	}
	n, ok := intArg(ts, args[1])
	if !ok {
		return nil
	}
	if err := syscall.Ftruncate(fd, int64(n)); err != nil {
		return raiseOSErr(ts, err, "")
	}
	return objects.None
}

func osTruncate(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p, length *Object
	if !objects.ParseArgs(ts, "truncate", args, kwnames, []string{"path", "length"}, 2, &p, &length) {
		return nil
	}
	pa, fd, ok := pathOrFD(ts, "truncate", "path", p)
	if !ok {
		return nil
	}
	n, ok := intArg(ts, length)
	if !ok {
		return nil
	}
	var err error
	if fd >= 0 {
		err = syscall.Ftruncate(fd, int64(n))
	} else {
		err = syscall.Truncate(pa.s, int64(n))
	}
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	return objects.None
}

func osFsync(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "fsync", args, kwnames) {
		return nil
	}
	o := args[0]
	var fd int
	if objects.AsInt(o) != nil {
		var ok bool
		if fd, ok = fdArg(ts, o); !ok {
			return nil
		}
	} else {
		r := objects.CallMethod(ts, o, "fileno")
		if r == nil {
			return nil
		}
		var ok bool
		fd, ok = fdArg(ts, r)
		objects.Decref(ts, r)
		if !ok {
			return nil
		}
	}
	if err := syscall.Fsync(fd); err != nil {
		return raiseOSErr(ts, err, "")
	}
	return objects.None
}

func osKill(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "kill", args, kwnames, 2, 2) {
		return nil
	}
	pid, ok := intArg(ts, args[0])
	if !ok {
		return nil
	}
	sig, ok := fdArg(ts, args[1])
	if !ok {
		return nil
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		return raiseOSErr(ts, err, "")
	}
	// A signal sent to this process is handled before kill returns, as
	// CPython checks its signal flags after the call.
	th := vmThread(ts)
	if pid == os.Getpid() || pid == 0 || pid == -os.Getpid() {
		th.Interp.Signals.Await(sig)
	}
	if !th.PollSignals() {
		return nil
	}
	return objects.None
}

func osUname(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckNoArgs(ts, "uname", args, kwnames) {
		return nil
	}
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return raiseOSErr(ts, err, "")
	}
	f := func(a [65]int8) *Object {
		b := make([]byte, 0, len(a))
		for _, c := range a {
			if c == 0 {
				break
			}
			b = append(b, byte(c))
		}
		return objects.NewStr(ts, string(b))
	}
	return unameResult.NewSteal(ts, f(u.Sysname), f(u.Nodename), f(u.Release), f(u.Version), f(u.Machine))
}

// osSystem is os.system: /bin/sh -c command, waited for without the
// interpreter lock; the result is the wait status, as system(3)'s.
func osSystem(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var cmd *Object
	if !objects.ParseArgs(ts, "system", args, kwnames, []string{"command"}, 1, &cmd) {
		return nil
	}
	pa, ok := getPath(ts, "system", "command", cmd)
	if !ok {
		return nil
	}
	// Python's buffered standard streams are flushed by the caller (as in
	// CPython, they are not); the child writes straight to descriptors 0-2.
	c := exec.Command("/bin/sh", "-c", pa.s)
	c.Stdin, c.Stdout, c.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := c.Start(); err != nil {
		return objects.NewInt(ts, -1)
	}
	th := vmThread(ts)
	th.Detach()
	c.Wait()
	th.Attach()
	st, _ := c.ProcessState.Sys().(syscall.WaitStatus)
	return objects.NewInt(ts, int64(st))
}

// osScandirRaw is _scandir(path): the directory's entries in directory
// order as (name, kind, inode) with kind 'd', 'f', 'l', 'o' (other) or
// ” (unknown: the file system gave no type).
func osScandirRaw(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p *Object
	if !objects.ParseArgs(ts, "_scandir", args, kwnames, []string{"path"}, 1, &p) {
		return nil
	}
	pa, ok := getPath(ts, "scandir", "path", p)
	if !ok {
		return nil
	}
	f, err := os.Open(pa.s)
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	items := make([]*Object, len(ents))
	for i, e := range ents {
		k := "o"
		switch t := e.Type(); {
		case t.IsDir():
			k = "d"
		case t.IsRegular():
			k = "f"
		case t&os.ModeSymlink != 0:
			k = "l"
		}
		items[i] = objects.NewTupleSteal(ts, pathResult(ts, e.Name(), pa.isBytes), objects.NewStr(ts, k))
	}
	return objects.NewListSteal(ts, items)
}

func osInheritable(get bool) objects.MethodFn {
	return func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		n := 2
		name := "set_inheritable"
		if get {
			n, name = 1, "get_inheritable"
		}
		if !objects.CheckArgs(ts, name, args, kwnames, n, n) {
			return nil
		}
		fd, ok := fdArg(ts, args[0])
		if !ok {
			return nil
		}
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
		if e != 0 {
			return raiseOSErr(ts, e, "")
		}
		if get {
			return objects.Bool(r&syscall.FD_CLOEXEC == 0)
		}
		on, ok := boolArg(ts, args[1], false)
		if !ok {
			return nil
		}
		if on {
			r &^= syscall.FD_CLOEXEC
		} else {
			r |= syscall.FD_CLOEXEC
		}
		if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, r); e != 0 {
			return raiseOSErr(ts, e, "")
		}
		return objects.None
	}
}

var osMoreDefs = []*objects.MethodDef{
	{Name: "open", Fn: osOpen},
	{Name: "chmod", Fn: osChmod},
	{Name: "chown", Fn: osChown},
	{Name: "umask", Fn: osUmask},
	{Name: "symlink", Fn: osTwoPaths("symlink", syscall.Symlink)},
	{Name: "link", Fn: osTwoPaths("link", syscall.Link)},
	{Name: "readlink", Fn: osReadlink},
	{Name: "utime", Fn: osUtime},
	{Name: "access", Fn: osAccess},
	{Name: "get_terminal_size", Fn: osGetTerminalSize},
	{Name: "fstat", Fn: osFstat},
	{Name: "lseek", Fn: osLseek},
	{Name: "ftruncate", Fn: osFtruncate},
	{Name: "truncate", Fn: osTruncate},
	{Name: "fsync", Fn: osFsync},
	{Name: "kill", Fn: osKill},
	{Name: "uname", Fn: osUname},
	{Name: "system", Fn: osSystem},
	{Name: "_scandir", Fn: osScandirRaw},
	{Name: "statvfs", Fn: osStatvfs},
	{Name: "get_inheritable", Fn: osInheritable(true)},
	{Name: "set_inheritable", Fn: osInheritable(false)},
	osIntFn("geteuid", func() int64 { return int64(os.Geteuid()) }),
	osIntFn("getegid", func() int64 { return int64(os.Getegid()) }),
	osIntFn("getpgrp", func() int64 { return int64(syscall.Getpgrp()) }),
}

// osMoreConsts are the constants of these functions (Linux x86-64 values).
var osMoreConsts = map[string]int64{
	"O_NONBLOCK": syscall.O_NONBLOCK, "O_CLOEXEC": syscall.O_CLOEXEC, "O_NOFOLLOW": syscall.O_NOFOLLOW,
	"O_DIRECTORY": syscall.O_DIRECTORY, "O_SYNC": syscall.O_SYNC, "O_NOCTTY": syscall.O_NOCTTY,
	"O_ACCMODE": 3, "EX_OK": 0, "WNOHANG": 1, "P_NOWAIT": 1, "P_WAIT": 0,
}

// RaiseOSError raises the OSError subclass of err (an errno, or a Go
// error wrapping one) with up to two file names (nil: none), as
// posixmodule does; for vm/stdlib's modules over the OS. It returns nil.
func RaiseOSError(ts *objects.Thread, err error, f1, f2 *Object) *Object {
	return raiseOSErr2(ts, err, f1, f2)
}

var statvfsResult = NewStructSeqType("os.statvfs_result", []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail",
	"f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10)

// osStatvfs is os.statvfs over statfs(2), with glibc's statvfs mapping
// (f_favail is f_ffree; f_flag the mount flags without ST_VALID).
func osStatvfs(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	var p *Object
	if !objects.ParseArgs(ts, "statvfs", args, kwnames, []string{"path"}, 1, &p) {
		return nil
	}
	pa, fd, ok := pathOrFD(ts, "statvfs", "path", p)
	if !ok {
		return nil
	}
	var st syscall.Statfs_t
	var err error
	if fd >= 0 {
		err = syscall.Fstatfs(fd, &st)
	} else {
		err = syscall.Statfs(pa.s, &st)
	}
	if err != nil {
		return raiseOSErr2(ts, err, p, nil)
	}
	u := func(v uint64) *Object { return objects.NewIntUint64(ts, v) }
	fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
	return statvfsResult.NewSteal(ts, u(uint64(st.Bsize)), u(uint64(st.Frsize)), u(st.Blocks), u(st.Bfree), u(st.Bavail),
		u(st.Files), u(st.Ffree), u(st.Ffree), u(uint64(st.Flags)&^0x20), u(uint64(st.Namelen)), u(fsid))
}
