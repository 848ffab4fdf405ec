package stdlib

// shutil in Python over os: copying, trees, moving, which, disk usage,
// the terminal's size. Archives (make_archive, unpack_archive) and
// chown are absent.

func init() {
	addFrozen("shutil", "Utility functions for copying and archiving files and directory trees.", shutilSrc)
}

const shutilSrc = `
import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "disk_usage", "which", "get_terminal_size", "SameFileError",
           "ignore_patterns"]

COPY_BUFSIZE = 64 * 1024
_S_IFMT = 0o170000


class Error(OSError):
    pass


class SameFileError(Error):
    """The source and the destination of a copy are one file."""


class SpecialFileError(OSError):
    """A copy met a file it cannot copy (a named pipe)."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what fsrc.read() gives to fdst.write(), length bytes at a time."""
    size = length if length and length > 0 else COPY_BUFSIZE
    chunk = fsrc.read(size)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(size)


def _same(src, dst):
    try:
        a, b = os.stat(src), os.stat(dst)
    except OSError:
        return False
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def _islink(p):
    try:
        return os.lstat(p).st_mode & _S_IFMT == 0o120000
    except (OSError, ValueError):
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    if _same(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for p in (src, dst):
        try:
            st = os.stat(p)
        except OSError:
            continue
        if st.st_mode & _S_IFMT == 0o010000:
            raise SpecialFileError("` + "`%s`" + ` is a named pipe" % p)
    if _islink(src) and not follow_symlinks:
        # The link itself is copied, not what it points to.
        os.symlink(os.readlink(src), dst)
    else:
        with open(src, 'rb') as a, open(dst, 'wb') as b:
            copyfileobj(a, b)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst."""
    if follow_symlinks or not (_islink(src) and _islink(dst)):
        os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits, last access time and last modification
    time from src to dst."""
    if follow_symlinks or not (_islink(src) and _islink(dst)):
        info = os.stat(src)
        os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns))
        os.chmod(dst, info.st_mode & 0o7777)


def _copy_then(meta, src, dst, follow):
    # copy and copy2: into a directory under the source's name, then the
    # mode (or the mode and times) copied too.
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow)
    meta(src, target, follow_symlinks=follow)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file's data and mode bits (cp); returns where it went."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the file's data, mode and times (cp -p); returns where it went."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An ignore function for copytree: the names matching any of the
    glob patterns."""
    def _ignore(path, names):
        import fnmatch
        out = set()
        for pat in patterns:
            out.update(fnmatch.filter(names, pat))
        return out
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (which must not exist unless
    dirs_exist_ok); returns dst. Failures are gathered into one Error."""
    with os.scandir(src) as it:
        entries = list(it)
    names = [e.name for e in entries]
    skip = ignore(os.fspath(src), names) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in [e for e in entries if e.name not in skip]:
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if _islink(s):
                target = os.readlink(s)
                if symlinks:
                    os.symlink(target, d)
                    copystat(s, d, follow_symlinks=False)
                    continue
                if not os.path.exists(target if os.path.isabs(target) else os.path.join(os.path.dirname(s), target)):
                    if ignore_dangling_symlinks:
                        continue
                if os.path.isdir(s):
                    copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
                else:
                    copy_function(s, d)
            elif entry.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as inner:
            problems += inner.args[0]
        except OSError as exc:
            problems.append((s, d, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _rmtree_inner(path, report):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        report(os.scandir, path, sys.exc_info())
        entries = ()
    for entry in entries:
        full = entry.path
        try:
            isdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            isdir = False
        if isdir:
            _rmtree_inner(full, report)
            continue
        try:
            os.unlink(full)
        except OSError:
            report(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path. Each failure goes to
    onerror(function, path, exc_info), or is ignored (ignore_errors), or
    raised."""
    def report(func, p, info):
        if ignore_errors:
            return
        if onerror is None:
            raise info[1]
        onerror(func, p, info)
    try:
        kind = os.lstat(path).st_mode & _S_IFMT
    except OSError:
        report(os.lstat, path, sys.exc_info())
        return
    if kind == 0o040000:
        _rmtree_inner(path, report)
        return
    try:
        if kind == 0o120000:
            raise OSError("Cannot call rmtree on a symbolic link")
        raise NotADirectoryError(20, 'Not a directory', path)
    except OSError:
        report(os.path.islink if kind == 0o120000 else os.scandir, path, sys.exc_info())

rmtree.avoids_symlink_attacks = False


def _base(p):
    p = os.fspath(p)
    return os.path.basename(p.rstrip(b'/' if isinstance(p, bytes) else '/'))


def move(src, dst, copy_function=copy2):
    """Move a file or a tree to dst (into dst when it is a directory), as
    mv does: a rename when it can, else a copy and a removal. Returns the
    destination."""
    real = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            return os.rename(src, dst)
        real = os.path.join(dst, _base(src))
        if os.path.exists(real):
            raise Error("Destination path '%s' already exists" % real)
    try:
        os.rename(src, real)
        return real
    except OSError:
        pass
    if _islink(src):
        os.symlink(os.readlink(src), real)
        os.unlink(src)
    elif not os.path.isdir(src):
        copy_function(src, real)
        os.unlink(src)
    else:
        a = os.path.join(os.path.abspath(src), '')
        b = os.path.join(os.path.abspath(real), '')
        if b.startswith(a):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, real, copy_function=copy_function, symlinks=True)
        rmtree(src)
    return real


_usage = None


def disk_usage(path):
    """The (total, used, free) bytes of the file system holding path."""
    global _usage
    v = os.statvfs(path)
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free')
        _usage.__module__ = 'shutil'
    unit = v.f_frsize
    return _usage(v.f_blocks * unit, (v.f_blocks - v.f_bfree) * unit, v.f_bavail * unit)


def _env_int(name):
    try:
        v = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return max(v, 0)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size: COLUMNS and LINES from the
    environment when they are set, else the size of sys.__stdout__'s
    terminal, else fallback."""
    cols, rows = _env_int('COLUMNS'), _env_int('LINES')
    if not (cols and rows):
        try:
            real = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            real = os.terminal_size(fallback)
        cols = cols or real.columns or fallback[0]
        rows = rows or real.lines or fallback[1]
    return os.terminal_size((cols, rows))


def _runnable(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd in the directories of path (or $PATH)
    that is accessible with mode, or None. A cmd with a directory part is
    checked as it is."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH') if 'PATH' in os.environ else os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        dirs = os.fsencode(path).split(b':')
    else:
        dirs = os.fsdecode(path).split(':')
    tried = set()
    for d in dirs:
        if d not in tried:
            tried.add(d)
            cand = os.path.join(d, cmd)
            if _runnable(cand, mode):
                return cand
    return None
`
