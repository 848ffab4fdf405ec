# stat: constants, the S_IS* tests on real files, S_IMODE/S_IFMT,
# filemode, and the argument errors of CPython's _stat.
import os
import stat
import tempfile

names = sorted(n for n in dir(stat) if n.isupper())
print(len(names))
for n in names:
    v = getattr(stat, n)
    print(n, v if isinstance(v, int) else callable(v))
for mode in [0o100755, 0o40700, 0o120777, 0o4755 | 0o100000, 0o1777 | 0o40000, 0o2070 | 0o100000,
             0, 0o20644, 0o60644, 0o10644, 0o140644, 0o1666 | 0o100000, 0o6000 | 0o100000]:
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
                                stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT) if f(mode)])
d = tempfile.mkdtemp()
p = os.path.join(d, "f")
with open(p, "w") as f:
    f.write("x")
st = os.stat(p)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode), stat.filemode(st.st_mode)[0], stat.S_IMODE(st.st_mode) == st.st_mode & 0o7777)
print(st[stat.ST_SIZE], st[stat.ST_MODE] == st.st_mode)
os.remove(p)
os.rmdir(d)
for f in [lambda: stat.S_ISDIR('x'), lambda: stat.S_IMODE(1.5), lambda: stat.filemode('a'),
          lambda: stat.S_ISDIR(-1), lambda: stat.S_IFMT(2**40), lambda: stat.filemode(-1), lambda: stat.S_ISDOOR(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(stat.S_ISDIR(True), stat.filemode(True))
