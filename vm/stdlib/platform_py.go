package stdlib

// platform in Python over os.uname and sys: the system, the machine and
// the interpreter. python_implementation() is 'minipy' (sys.implementation's
// name), python_version() 3.11.x as sys.version_info says; libc_ver() finds
// no C library in minipy's Go binary.

func init() {
	addFrozen("platform", "This module tries to retrieve as much platform-identifying data as possible.", platformSrc)
}

const platformSrc = `
import os
import sys


class uname_result(tuple):
    """uname_result(system, node, release, version, machine); processor
    is computed when asked for, and iteration and len() include it."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return 6

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join('%s=%r' % (k, tuple.__getitem__(self, i)) for i, k in enumerate(self._fields[:5]))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]

    def _asdict(self):
        return dict(zip(self._fields, self))


_uname = None


def uname():
    """The system's identity as (system, node, release, version, machine)."""
    global _uname
    if _uname is None:
        u = os.uname()
        _uname = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname


def system():
    """The system name, as 'Linux'."""
    return uname().system


def node():
    """The computer's network name (may be empty)."""
    return uname().node


def release():
    """The system's release, as '6.1.0'."""
    return uname().release


def version():
    """The system's version string."""
    return uname().version


def machine():
    """The machine type, as 'x86_64'."""
    return uname().machine


def processor():
    """The processor name; empty when the system does not say (Linux)."""
    return ''


def python_version_tuple():
    """The Python version as a tuple of three strings."""
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '.'.join(python_version_tuple())


def python_implementation():
    """The implementation's name: 'minipy' here."""
    return sys.implementation.name


def _built_with():
    # sys.version is '3.11.0 (minipy 0.1.0, go1.26)': what is in the
    # parentheses.
    inner = sys.version.partition('(')[2].rstrip(')')
    return [p.strip() for p in inner.split(',')]


def python_build():
    """(build name, build date) of the interpreter."""
    parts = _built_with()
    return (parts[0] if parts else '', '')


def python_compiler():
    """The compiler the interpreter was built with."""
    parts = _built_with()
    return 'Go ' + parts[1][2:] if len(parts) > 1 and parts[1].startswith('go') else ''


def python_branch():
    return ''


def python_revision():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable: ('64bit', 'ELF') for minipy on
    Linux x86-64."""
    if not bits:
        bits = '%dbit' % (8 * (sys.maxsize.bit_length() + 1) // 8)
    if not linkage and executable:
        try:
            with open(executable, 'rb') as f:
                if f.read(4) == b'\x7fELF':
                    linkage = 'ELF'
        except OSError:
            pass
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library the executable links; minipy
    is a Go program with none."""
    return (lib, version)


def platform(aliased=False, terse=False):
    """One string naming the platform, as 'Linux-6.1.0-x86_64'."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '-'.join(p for p in (u.system, u.release, u.machine) if p)


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            key, eq, value = line.strip().partition('=')
            if not eq or not key or key.startswith('#'):
                continue
            if len(value) >= 2 and value[0] == value[-1] and value[0] in ('"', "'"):
                value = value[1:-1]
            info[key] = value.replace('\\"', '"').replace('\\$', '$').replace('\\\\', '\\')
        return info
    raise OSError(2, 'No such file or directory', '/etc/os-release')
`
