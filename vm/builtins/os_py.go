package builtins

// The Python half of os and os.path: what is easier to say in Python than
// in Go (the environ mapping that calls putenv, os.walk as a generator,
// DirEntry and its caches, PathLike's structural isinstance). It runs in
// the module made by newOSModule / newPosixpathModule, after their Go
// functions are in place. It imports nothing at module level, so that
// `import os` stays cheap.

const osPySrc = `
class _PathLikeMeta(type):
    # isinstance(x, os.PathLike) is true of anything with __fspath__ (the
    # structural check of CPython's ABC, without importing abc).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            for klass in sub.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
            return False
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""
    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

_GenericAlias = type(list[int])
PathLike.__module__ = 'os'


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _envstr(v):
    if not isinstance(v, str):
        raise TypeError("str expected, not %s" % type(v).__name__)
    return v


class _Environ:
    # os.environ: a mapping whose changes reach the process environment
    # (putenv/unsetenv), so that children started later see them.
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_envstr(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        putenv(_envstr(key), _envstr(value))
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(_envstr(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            v = self._data[key]
            del self[key]
            return v
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(self._data))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = dict(self._data)
        r.update(other)
        return r

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        r = dict(other)
        r.update(self._data)
        return r

environ = _Environ(environ)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


class DirEntry:
    # One entry of scandir(): the type known from the directory listing,
    # stat() and lstat() made once and kept.
    __slots__ = ('name', 'path', '_kind', '_stat', '_lstat')
    __module__ = 'posix'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        if self._kind:
            return self._kind == 'l'
        return self.stat(follow_symlinks=False).st_mode & _S_IFMT == _S_IFLNK

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test(self, kind, fmt, follow_symlinks):
        if self._kind and self._kind != 'l':
            return self._kind == kind
        if self._kind == 'l' and not follow_symlinks:
            return False
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & _S_IFMT == fmt

    def is_dir(self, *, follow_symlinks=True):
        return self._test('d', _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test('f', _S_IFREG, follow_symlinks)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class _ScandirIterator:
    __module__ = 'posix'

    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None or self._pos >= len(self._entries):
            self._entries = None
            raise StopIteration
        e = self._entries[self._pos]
        self._pos += 1
        return e

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = '.'
    top = fspath(path) if not isinstance(path, (str, bytes)) else path
    raw = _scandir(path)
    entries = []
    new = object.__new__
    for name, kind in raw:
        e = new(DirEntry)
        e.name = name
        e.path = _path_join(top, name)
        e._kind = kind
        e._stat = e._lstat = None
        entries.append(e)
    return _ScandirIterator(entries)


def _path_join(top, name):
    sep = b'/' if isinstance(top, bytes) else '/'
    if not top or top.endswith(sep):
        return top + name
    return top + sep + name


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each
    directory in the tree rooted at top."""
    top = fspath(top)
    try:
        it = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    later = []
    with it:
        for entry in it:
            try:
                isdir = entry.is_dir()
            except OSError:
                isdir = False
            if not isdir:
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = False
                if followlinks or not link:
                    later.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            sub = path.join(top, name)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for sub in later:
            yield from walk(sub, topdown, onerror, followlinks)
        yield top, dirs, files


def removedirs(name):
    """Remove the leaf directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            return
        head, tail = path.split(head)


def renames(old, new):
    """Rename old to new, making the directories new needs and removing
    the ones old leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def WIFEXITED(status):
    return status & 0x7f == 0

def WEXITSTATUS(status):
    return (status >> 8) & 0xff

def WIFSIGNALED(status):
    return status & 0x7f not in (0, 0x7f)

def WTERMSIG(status):
    return status & 0x7f

def WIFSTOPPED(status):
    return status & 0xff == 0x7f

def WSTOPSIG(status):
    return (status >> 8) & 0xff

def waitstatus_to_exitcode(status):
    """Convert a wait status to an exit code."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError('invalid wait status: %d' % status)


class _wrap_close:
    # os.popen's file: close() waits for the command and gives its exit
    # status (None for success), as CPython's.
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        rc = self._proc.wait()
        if rc == 0:
            return None
        return rc << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)

`

const posixpathPySrc = `
def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    import os
    return os.fspath(s)


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    import os
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    kinds = {isinstance(p, bytes) for p in paths}
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components")
    absolute = {p[:1] == sep for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    lo, hi = min(parts), max(parts)
    n = 0
    while n < len(lo) and n < len(hi) and lo[n] == hi[n]:
        n += 1
    prefix = sep if absolute.pop() else sep[:0]
    return prefix + sep.join(lo[:n])


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    import os
    path = os.fspath(path)
    isb = isinstance(path, bytes)
    if isb:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
    else:
        if '$' not in path:
            return path
        text = path
    out = []
    i = 0
    n = len(text)
    ok = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            j = i + 2
            while j < n and text[j] != '}':
                j += 1
            name = text[i + 2:j]
            if j >= n or not name or any(ch not in ok for ch in name):
                # An unclosed or odd brace is left as it is.
                if j < n and name:
                    end = j + 1
                else:
                    out.append(c)
                    i += 1
                    continue
            else:
                end = j + 1
        else:
            j = i + 1
            while j < n and text[j] in ok:
                j += 1
            name = text[i + 1:j]
            if not name:
                out.append(c)
                i += 1
                continue
            end = j
        val = os.environ.get(name)
        if isb and val is not None:
            val = val.encode('utf-8', 'surrogateescape').decode('latin-1')
        out.append(text[i:end] if val is None else val)
        i = end
    r = ''.join(out)
    return r.encode('latin-1') if isb else r


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    import os
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Test whether a path is a mount point"""
    import os
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino
`
