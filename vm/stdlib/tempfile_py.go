package stdlib

// tempfile in Python, written for minipy: names from a seeded-per-process
// random sequence, files created with open(..., 'x') (exclusive creation;
// minipy's os has no os.open, so mkstemp duplicates the descriptor of
// such a file), directories removed by a small rmtree of its own.

func init() {
	addFrozen("tempfile", "Temporary files.\n\nThis module provides generic, low- and high-level interfaces for\ncreating temporary files and directories.  All of the interfaces\nprovided by this module can be used without fear of race conditions\nexcept for 'mktemp'.  'mktemp' is subject to race conditions and\nshould not be used; it is provided for backward compatibility only.\n\nThe default path names are returned as str.  If you supply bytes as\ninput, all return values will be in bytes.  Ex:\n\n    >>> tempfile.mkstemp()\n    (4, '/tmp/tmptpu9nin8')\n    >>> tempfile.mkdtemp(suffix=b'')\n    b'/tmp/tmppbi8f0hy'\n\nThis module also provides some data items to the user:\n\n  TMP_MAX  - maximum number of names that will be tried before\n             giving up.\n  tempdir  - If this is set to a string before the first use of\n             any routine from this module, it will be considered as\n             another candidate location to store temporary files.\n", tempfileSource)
}

const tempfileSource = `
__all__ = [
    "NamedTemporaryFile", "TemporaryFile",  # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                  # low level safe interfaces
    "mktemp",                              # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",            # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import io as _io
import os as _os
import random as _random
import weakref as _weakref
import _thread
import types as _types

TMP_MAX = getattr(_os, 'TMP_MAX', 238328)
template = "tmp"
tempdir = None

_once_lock = _thread.allocate_lock()
_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _RandomNameSequence:
    """Endless random eight-character names for temporary files."""

    characters = _CHARS

    @property
    def rng(self):
        # A fresh generator after a fork, so children draw other names.
        pid = _os.getpid()
        if pid != getattr(self, '_pid', None):
            self._rng = _random.Random()
            self._pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _names():
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _as_text(value):
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    return value


def _sanitize(prefix, suffix, dir):
    # Mixed str and bytes arguments are an error; bytes in, bytes out.
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    kinds = {bytes if issubclass(k, bytes) else str if issubclass(k, str) else k
             for k in kinds}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {bytes}
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return _as_text(prefix), _as_text(suffix), _as_text(dir), as_bytes


def _candidates():
    dirs = []
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(env)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _find_tempdir():
    # The first candidate where a file can really be created and written.
    # A sequence of its own: the shared one takes the lock held here.
    names = _RandomNameSequence()
    for d in _candidates():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            probe = _os.path.join(d, next(names))
            try:
                with open(probe, 'xb') as f:
                    f.write(b'blat')
            except FileExistsError:
                continue
            except PermissionError:
                if _os.path.isdir(d):
                    continue
                break
            except OSError:
                break
            try:
                _os.unlink(probe)
            except OSError:
                pass
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidates())


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode('utf-8', 'surrogateescape')


def gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _find_tempdir()
    return _as_text(tempdir)


def gettempdirb():
    return gettempdir().encode('utf-8', 'surrogateescape')


def _out(path, as_bytes):
    return path.encode('utf-8', 'surrogateescape') if as_bytes else path


def _create(prefix, suffix, dir, mode):
    # Create a new file with an unused random name; its open file and path.
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(_names()) + suffix)
        try:
            return open(path, mode), path
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir):
                continue
            raise
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    f, path = _create(prefix, suffix, dir, 'xb')
    try:
        fd = _os.dup(f.fileno())
    finally:
        f.close()
    return fd, _out(_os.path.abspath(path), as_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(_names()) + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir):
                continue
            raise
        return _out(_os.path.abspath(path), as_bytes)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(_names()) + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _remove(path, unlink=_os.unlink):
    try:
        unlink(path)
    except FileNotFoundError:
        pass


class _TemporaryFileCloser:
    # Closes the file and, when asked, deletes it; also when collected.
    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def cleanup(self, remove=_remove):
        if not self.cleanup_called:
            self.cleanup_called = True
            try:
                if not self.close_called:
                    self.close_called = True
                    self.file.close()
            finally:
                if self.delete:
                    remove(self.name)

    def close(self):
        self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A temporary file and its name; closing it removes the file
    (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        value = getattr(self.__dict__['file'], name)
        if callable(value) and not isinstance(value, int):
            # Keep the wrapper (and so the file) alive while the method is.
            import functools
            bound = value

            @functools.wraps(bound)
            def method(*args, **kwargs):
                return bound(*args, **kwargs)
            method._closer = self._closer
            value = method
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system (the .name
    attribute), removed when closed unless delete is false."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    f, path = _create(prefix, suffix, dir, 'xb')
    f.close()
    try:
        file = _reopen(path, mode, buffering, encoding, newline, errors)
    except BaseException:
        _remove(path)
        raise
    return _TemporaryFileWrapper(file, _out(_os.path.abspath(path), as_bytes), delete)


def _reopen(path, mode, buffering, encoding, newline, errors):
    # Open the just created (empty) file with the caller's mode; 'w+b'
    # as 'r+b', which is what a file opened from a descriptor reports.
    if 'b' in mode:
        if mode[:1] == 'w' and '+' in mode:
            mode = 'r' + mode[1:]
        return open(path, mode, buffering)
    return open(path, mode, buffering, encoding=encoding, newline=newline,
                errors=errors)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name: it is unlinked as soon as it is
    open."""
    prefix, suffix, dir, as_bytes = _sanitize(prefix, suffix, dir)
    f, path = _create(prefix, suffix, dir, 'xb')
    f.close()
    try:
        file = _reopen(path, mode, buffering, encoding, newline, errors)
    finally:
        _remove(path)
    return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file held in memory until it grows past max_size
    (or a descriptor is asked for), then moved to a real file."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._later = dict(mode=mode, buffering=buffering, suffix=suffix,
                           prefix=prefix, encoding=encoding,
                           newline=newline, dir=dir, errors=errors)
        self._max_size = max_size
        self._rolled = False
        if 'b' in mode:
            self._file = _io.BytesIO()
            return
        try:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding or 'utf-8',
                                           errors=errors, newline=newline)
        except TypeError:
            # minipy's TextIOWrapper cannot wrap a BytesIO: spool text.
            self._file = _io.StringIO(newline=newline)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def rollover(self):
        if self._rolled:
            return
        spool = self._file
        real = TemporaryFile(**self._later)
        where = spool.tell()
        if isinstance(spool, _io.TextIOWrapper):
            real.buffer.write(spool.detach().getvalue())
        else:
            real.write(spool.getvalue())
        real.seek(where, 0)
        self._file, self._rolled = real, True

    def _grown(self):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        return getattr(self._file, 'mode', self._later['mode'])

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        n = self._file.write(s)
        self._grown()
        return n

    def writelines(self, iterable):
        n = self._file.writelines(iterable)
        self._grown()
        return n


def _forward(name, as_property=False):
    # A method (or property) of SpooledTemporaryFile that is the spooled
    # file's own.
    if as_property:
        return property(lambda self: getattr(self._file, name))

    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = method.__qualname__ = name
    return method


for _name in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto',
              'readinto1', 'readline', 'readlines', 'seekable', 'seek',
              'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _name, _forward(_name))
for _name in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _name, _forward(_name, True))
del _name


def _rmtree(path, onerror):
    # Depth first; links are removed, never followed.
    try:
        names = _os.listdir(path)
    except OSError as e:
        onerror(_os.listdir, path, e)
        names = []
    for name in names:
        full = _os.path.join(path, name)
        if _os.path.isdir(full) and not _os.path.islink(full):
            _rmtree(full, onerror)
        else:
            try:
                _os.unlink(full)
            except OSError as e:
                onerror(_os.unlink, full, e)
    try:
        _os.rmdir(path)
    except OSError as e:
        onerror(_os.rmdir, path, e)


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or
    at the end of a with block (which gives the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc):
            if isinstance(exc, FileNotFoundError) or ignore_errors:
                return
            raise exc
        _rmtree(_as_text(name), onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
`
