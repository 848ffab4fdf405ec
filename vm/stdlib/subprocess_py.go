package stdlib

// subprocess in Python over _subprocess (subprocess.go): Popen makes the
// pipes and file objects, the Go side starts, waits and communicates.

func init() { addFrozen("subprocess", subprocessDoc, subprocessSrc) }

const subprocessDoc = `Subprocesses with accessible I/O streams

This module allows you to spawn processes, connect to their
input/output/error pipes, and obtain their return codes.`

const subprocessSrc = `
import os as _os
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_time = None


def _monotonic():
    global _time
    if _time is None:
        import time
        _time = time
    return _time.monotonic()


class SubprocessError(Exception):
    pass


def _signal_name(sig):
    try:
        import signal
        return repr(signal.Signals(sig))
    except (ImportError, ValueError):
        return 'unknown signal %d' % sig


def _output_property():
    # stdout is another name of output on both exceptions.
    def get(self):
        return self.output

    def put(self, value):
        self.output = value
    return property(get, put)


class CalledProcessError(SubprocessError):
    """A process run with check=True (or check_call, check_output)
    ended with a non-zero status; returncode, cmd, output and stderr say
    how."""
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd, self.output, self.stderr = returncode, cmd, output, stderr

    stdout = _output_property()

    def __str__(self):
        rc = self.returncode
        if rc is not None and rc < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_name(-rc))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, rc)


class TimeoutExpired(SubprocessError):
    """The timeout given to wait, communicate or run passed before the
    child ended."""
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout, self.output, self.stderr = cmd, timeout, output, stderr

    stdout = _output_property()

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and
    stderr (None when not captured)."""
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode, self.stdout, self.stderr = args, returncode, stdout, stderr

    def __repr__(self):
        fields = [('args', self.args), ('returncode', self.returncode)]
        fields += [(k, v) for k, v in (('stdout', self.stdout), ('stderr', self.stderr)) if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in fields))

    __class_getitem__ = classmethod(type(list[int]))

    def check_returncode(self):
        """Raise CalledProcessError when returncode is not 0."""
        if self.returncode != 0:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell, executable):
    if isinstance(args, (str, bytes)):
        argv = [args]
    elif isinstance(args, _os.PathLike):
        if shell:
            raise TypeError('path-like args is not allowed when shell is true')
        argv = [_os.fspath(args)]
    else:
        argv = [_os.fspath(a) if isinstance(a, _os.PathLike) else a for a in args]
        for a in argv:
            if not isinstance(a, (str, bytes)):
                raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)
    if shell:
        argv = ['/bin/sh', '-c'] + argv
        if executable:
            argv[0] = executable
    if not argv:
        raise IndexError('list index out of range')
    return argv


def _env_list(env):
    if env is None:
        return None
    out = []
    for k, v in env.items():
        k = _os.fsencode(k)
        if b'=' in k:
            raise ValueError('illegal environment variable name')
        out.append(k + b'=' + _os.fsencode(v))
    return out


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args, self.returncode, self._handle, self._comm_started = args, None, None, False
        self.stdin = self.stdout = self.stderr = None
        bufsize = -1 if bufsize is None else bufsize
        if type(bufsize) is not int and not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if preexec_fn is not None:
            raise NotImplementedError('minipy: preexec_fn is not supported')
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding, self.errors, self.pipesize = encoding, errors, pipesize

        argv = _argv(args, shell, executable)
        prog = executable if executable is not None else argv[0]
        prog = _os.fspath(prog)
        if (b'/' if isinstance(prog, bytes) else '/') in prog:
            cands = [prog]
        else:
            dirs = _os.get_exec_path(env)
            if isinstance(prog, bytes):
                dirs = [_os.fsencode(d) for d in dirs]
            cands = [_os.path.join(d, prog) for d in dirs]
        if cwd is not None:
            cwd = _os.fspath(cwd)

        to_close = []
        devnull = None

        def child_fd(spec, name, is_input):
            nonlocal devnull
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = _os.pipe()
                to_close.append(r if is_input else w)
                return (r, w) if is_input else (w, r)
            if spec == DEVNULL:
                if devnull is None:
                    devnull = _os.open(_os.devnull, _os.O_RDWR)
                    to_close.append(devnull)
                return devnull, -1
            if spec == STDOUT and name == 'stderr':
                return -2, -1
            if isinstance(spec, int):
                if spec < 0:
                    raise ValueError('bad file descriptor %d' % spec)
                return spec, -1
            return spec.fileno(), -1

        parent = []
        try:
            c_in, p_in = child_fd(stdin, 'stdin', True)
            c_out, p_out = child_fd(stdout, 'stdout', False)
            c_err, p_err = child_fd(stderr, 'stderr', False)
            parent = [p_in, p_out, p_err]
            if c_err == -2:
                c_err = c_out if c_out != -1 else 1
            self._handle = _subprocess.spawn(argv, cands, cwd, _env_list(env), c_in, c_out, c_err,
                                             bool(start_new_session), list(pass_fds), prog)
        except BaseException:
            for fd in parent:
                if fd >= 0:
                    _os.close(fd)
            raise
        finally:
            for fd in to_close:
                if fd not in parent:
                    _os.close(fd)
        self.pid = self._handle.pid
        if p_in >= 0:
            self.stdin = self._file(p_in, 'w', bufsize)
        if p_out >= 0:
            self.stdout = self._file(p_out, 'r', bufsize)
        if p_err >= 0:
            self.stderr = self._file(p_err, 'r', bufsize)

    def _file(self, fd, mode, bufsize):
        if self.text_mode:
            return open(fd, mode, -1 if bufsize == 0 else bufsize,
                        encoding=self.encoding or 'utf-8', errors=self.errors)
        return open(fd, mode + 'b', bufsize)

    def __repr__(self):
        return '<%s: returncode: %s args: %.80r>' % (type(self).__name__, self.returncode, self.args)

    __class_getitem__ = classmethod(type(list[int]))

    @property
    def universal_newlines(self):
        return self.text_mode

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        # The output pipes first, then stdin (whose flush may find the
        # child gone), then the wait, unless Ctrl-C is on its way out.
        for f in (self.stdout, self.stderr, self.stdin):
            if f is None:
                continue
            try:
                f.close()
            except BrokenPipeError:
                if f is not self.stdin:
                    raise
        if exc_type is not KeyboardInterrupt:
            self.wait()

    def poll(self):
        """The returncode if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = self._handle.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait until the child ends (TimeoutExpired after timeout
        seconds); returns returncode."""
        rc = self.returncode
        if rc is None:
            rc = self._handle.wait(timeout)
            if rc is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = rc
        return rc

    def send_signal(self, sig):
        """Send signal sig to the child, unless it has ended."""
        if self.poll() is None:
            self._handle.send_signal(sig)

    def terminate(self):
        """Send SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Send SIGKILL."""
        self.send_signal(9)

    def _translate(self, data):
        if data is None:
            return None
        text = data.decode(self.encoding or 'utf-8', self.errors or 'strict')
        return text.replace('\r\n', '\n').replace('\r', '\n')

    def communicate(self, input=None, timeout=None):
        """Interact with process: send input to stdin, read stdout and
        stderr until end-of-file, wait for the process to terminate.
        Returns a (stdout, stderr) tuple."""
        if self._comm_started and input:
            raise ValueError("Cannot send input after starting communication")
        endtime = None if timeout is None else _monotonic() + timeout
        if not self._comm_started:
            if input is not None and self.text_mode and isinstance(input, str):
                input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
            if input is not None and self.stdin is None:
                input = None
            fds = []
            for f in (self.stdin, self.stdout, self.stderr):
                if f is None or f.closed:
                    fds.append(-1)
                    continue
                if f is self.stdin:
                    try:
                        f.flush()
                    except BrokenPipeError:
                        pass
                fds.append(_os.dup(f.fileno()))
                try:
                    f.close()
                except BrokenPipeError:
                    pass
            self._capture = (fds[1] >= 0, fds[2] >= 0)
            self._handle.comm_start(fds[0], input, fds[1], fds[2])
            self._comm_started = True
        r = self._handle.comm_finish(timeout)
        if r is None:
            raise TimeoutExpired(self.args, timeout)
        out, err = r
        out = out if self._capture[0] else None
        err = err if self._capture[1] else None
        if self.text_mode:
            out, err = self._translate(out), self._translate(err)
        if endtime is None:
            self.wait()
        else:
            self.wait(max(0, endtime - _monotonic()))
        return out, err


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout', None) is not None or kwargs.get('stderr', None) is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs.update(stdout=PIPE, stderr=PIPE)
    proc = Popen(*popenargs, **kwargs)
    with proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired as e:
            # The child is killed and what it wrote until then is kept
            # on the exception.
            proc.kill()
            e.output, e.stderr = proc.communicate()
            raise
        except BaseException:
            proc.kill()
            raise
        rc = proc.poll()
    if check and rc:
        raise CalledProcessError(rc, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, rc, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % kw)
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            kwargs['input'] = ''
        else:
            kwargs['input'] = b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]

`
