package stdlib

// pathlib in Python over os: the POSIX flavour only (PurePath and Path
// make PurePosixPath and PosixPath; the Windows classes are absent).

func init() { addFrozen("pathlib", "Object-oriented filesystem paths.", pathlibSrc) }

const pathlibSrc = `
import os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

_S_IFMT = 0o170000


def _split_text(text):
    # -> (root, [parts]) of one POSIX path string: exactly two leading
    # slashes are kept (POSIX leaves '//' implementation-defined).
    if text.startswith('/'):
        root = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        root = ''
    return root, [p for p in text.split('/') if p and p != '.']


def _arg_text(a):
    if isinstance(a, PurePath):
        return str(a)
    a = os.fspath(a)
    if isinstance(a, str):
        return a
    raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % (type(a),))


class _Parents:
    # The immutable sequence of a path's ancestors (p.parents).
    __slots__ = ('_path', '_n')

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""
    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._parse(args)

    @classmethod
    def _parse(cls, args):
        root = ''
        parts = []
        for a in args:
            r, ps = _split_text(_arg_text(a))
            if r:
                root, parts = r, ps
            else:
                parts.extend(ps)
        return cls._from(root, parts)

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def _like(self, root, parts):
        return type(self)._from(root, parts)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b"/-_.~!$&'()*+,;=:@" + b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
        out = []
        for b in os.fsencode(str(self)):
            out.append(chr(b) if b in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._parts == other._parts

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath):
            return None
        return list(self.parts), list(other.parts)

    def __lt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] < c[1]

    def __le__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] >= c[1]

    @property
    def drive(self):
        """The drive prefix (always '' on POSIX)."""
        return ''

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the components in
        the filesystem path."""
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        """The final path component, if any."""
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith('.'):
            return []
        pieces = name.lstrip('.').split('.')
        return ['.' + s for s in pieces[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._like(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _Parents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not isinstance(name, str):
            raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r" % (type(name),))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._like(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path."""
        if '/' in suffix or suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._like(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the
        passed arguments."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._parse(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._like('', self._parts[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments."""
        return type(self)._parse((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._parse((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._parse((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """True if the path is absolute."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names
        reserved by the system, if any."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        import fnmatch
        if not isinstance(path_pattern, str):
            path_pattern = _arg_text(path_pattern)
        root, pats = _split_text(path_pattern)
        if not root and not pats:
            raise ValueError("empty pattern")
        if root:
            if root != self._root or len(pats) != len(self._parts):
                return False
        elif len(pats) > len(self._parts):
            return False
        for part, pat in zip(reversed(self._parts), reversed(pats)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    __slots__ = ()


def _is_wild(part):
    return '*' in part or '?' in part or '[' in part


class Path(PurePath):
    """PurePath subclass that can make system calls."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._parse(args)

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls('~').expanduser()

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the
        symlink's status information is returned."""
        return os.lstat(self)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def _mode(self, follow=True):
        try:
            st = os.stat(self) if follow else os.lstat(self)
        except (OSError, ValueError):
            return None
        return st.st_mode & _S_IFMT

    def exists(self):
        """Whether this path exists."""
        return self._mode() is not None

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode() == 0o040000

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks
        pointing to regular files)."""
        return self._mode() == 0o100000

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode(False) == 0o120000

    def is_fifo(self):
        return self._mode() == 0o010000

    def is_socket(self):
        return self._mode() == 0o140000

    def is_block_device(self):
        return self._mode() == 0o060000

    def is_char_device(self):
        return self._mode() == 0o020000

    def is_mount(self):
        """Check if this path is a POSIX mount point"""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return os.path.samestat(st, other)

    def iterdir(self):
        """Iterate over the files in this directory."""
        for name in os.listdir(self):
            yield self._like(self._root, self._parts + [name])

    def _child(self, name):
        return self._like(self._root, self._parts + [name])

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, pats = _split_text(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        for p in pats:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return self._select(pats)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree."""
        root, pats = _split_text(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        for p in pats:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return self._select(['**'] + pats)

    def _entries(self):
        try:
            with os.scandir(self) as it:
                return [(e.name, e.is_dir()) for e in it]
        except OSError:
            return []

    def _subdirs(self):
        # This directory and every directory under it (not following
        # symbolic links), each once.
        yield self
        for name, isdir in self._entries():
            child = self._child(name)
            if isdir and not child.is_symlink():
                yield from child._subdirs()

    def _select(self, pats):
        import fnmatch
        paths = [self]
        n = len(pats)
        for i, pat in enumerate(pats):
            last = i == n - 1
            nxt = []
            seen = set()
            for p in paths:
                if pat == '**':
                    for d in p._subdirs():
                        if d not in seen:
                            seen.add(d)
                            nxt.append(d)
                    continue
                if _is_wild(pat):
                    match = fnmatch.fnmatchcase
                    for name, isdir in p._entries():
                        if (last or isdir) and match(name, pat):
                            nxt.append(p._child(name))
                    continue
                child = p._child(pat)
                if child.exists() if last else child.is_dir():
                    nxt.append(child)
            paths = nxt
        return iter(paths)

    def absolute(self):
        """Return an absolute version of this path by prepending the
        current working directory."""
        if self.is_absolute():
            return self
        return type(self)._parse((os.getcwd(), self))

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and
        also normalizing it."""
        s = os.path.realpath(self)
        if strict:
            os.stat(s)
        return type(self)(s)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if self._parts and self._parts[0][:1] == '~' and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return type(self)._parse((home,) + tuple(self._parts[1:]))
        return self

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return type(self)(os.readlink(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object,
        as the built-in open() function does."""
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Rename this path to the target path; returns the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists; returns the new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as target."""
        os.link(target, self)

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


for _c in (PurePath, PurePosixPath, Path, PosixPath):
    _c.__module__ = 'pathlib'
del _c
`
