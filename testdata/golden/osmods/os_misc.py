# os: environ, PathLike, fspath, os.path helpers, process information.
import os, sys

# environ writes through to the process environment.
os.environ['MINIPY_T1'] = 'one'
print(os.environ['MINIPY_T1'], os.getenv('MINIPY_T1'), 'MINIPY_T1' in os.environ)
print(os.system('test "$MINIPY_T1" = one') == 0)
del os.environ['MINIPY_T1']
print(os.getenv('MINIPY_T1'), os.getenv('MINIPY_T1', 'dflt'), os.system('test -z "$MINIPY_T1"'))
for bad in [lambda: os.environ.__setitem__('A', 1), lambda: os.environ.__setitem__(1, 'a'), lambda: os.environ['MINIPY_NOPE'],
            lambda: os.environ.__delitem__('MINIPY_NOPE'), lambda: os.putenv('A=B', 'x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.environ.update({'MINIPY_T2': 'b'}, MINIPY_T3='c')
print(os.environ.pop('MINIPY_T2'), os.environ.setdefault('MINIPY_T3', 'z'), os.environ.pop('MINIPY_T2', 'gone'))
print(type(os.environ.copy()).__name__, repr(os.environ).startswith('environ({'), type(os.environ).__name__)
os.environ.pop('MINIPY_T3')
print(os.get_exec_path({'PATH': '/a:/b'}))

# fspath and PathLike
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

class Q(os.PathLike):
    def __fspath__(self):
        return 'q'

print(os.fspath(P('x/y')), os.fspath(b'b'), os.fspath(Q()), isinstance(P('a'), os.PathLike), issubclass(Q, os.PathLike))
print(issubclass(str, os.PathLike), os.PathLike[str])
for bad in [1, P(3), None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(os.fsencode('a\xe9'), os.fsdecode(b'a\xc3\xa9'), os.fsencode(P('z')))

# os.path
pp = os.path
print(pp.join('a', 'b', '/c', 'd'), pp.join(P('a'), 'b'), pp.split('/a/b/'), pp.splitext('x.tar.gz'), pp.splitext('.bashrc'))
print(pp.basename('/a/b.c'), pp.dirname('/a/b.c'), pp.normpath('a//./b/../c/'), pp.isabs('/x'), pp.isabs('x'))
print(pp.relpath('/a/b/c', '/a/d'), pp.relpath('/a', '/a'), pp.commonpath(['/a/b/c', '/a/b/d', '/a/b']), pp.commonpath(['a/./b', 'a/b/c']))
print(pp.commonpath([b'/x/y', b'/x/z']), pp.commonprefix(['abcd', 'abce', 'abx']))
for bad in [[], ['/a', 'a'], ['a', b'a']]:
    try:
        pp.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.environ['MINIPY_V'] = 'vv'
print(pp.expandvars('$MINIPY_V/${MINIPY_V}/$MINIPY_NOPE/${MINIPY_V/$/x$'), pp.expandvars(b'$MINIPY_V-$'))
del os.environ['MINIPY_V']
home = os.environ.get('HOME')
os.environ['HOME'] = '/home/someone'
print(pp.expanduser('~'), pp.expanduser('~/x'), pp.expanduser('a~'), pp.normcase('A/B'))
if home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = home
print(pp.ismount('/'), pp.exists('/nonexistent/x'), pp.isdir('/'), pp.isfile('/'), pp.lexists('/'))
print(pp.sep, pp.pardir, pp.curdir, os.sep, os.linesep == '\n', os.name, os.devnull)

# process information
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, os.getppid() > 0, type(os.getuid()).__name__)
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(e)
st = os.system('exit 3')
print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st), os.waitstatus_to_exitcode(9))
try:
    os.waitstatus_to_exitcode('x')
except TypeError as e:
    print(e)
print(os.strerror(2), os.strerror(13))
