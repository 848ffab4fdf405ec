# os: files, directories, links, permissions, times, scandir, walk.
import os, tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print('FileExistsError', e)
    with open('a/f.txt', 'w') as f:
        f.write('hello')
    with open('a/b/g.bin', 'wb') as f:
        f.write(b'\0' * 10)

    st = os.stat('a/f.txt')
    print(st.st_size, st[6], oct(st.st_mode & 0o170000), type(st).__name__)
    print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_nlink)

    # permissions and access
    os.chmod('a/f.txt', 0o600)
    print(oct(os.stat('a/f.txt').st_mode & 0o777))
    print(os.access('a/f.txt', os.F_OK), os.access('a/f.txt', os.R_OK | os.W_OK), os.access('a/f.txt', os.X_OK))
    print(os.access('nope', os.F_OK))
    old_mask = os.umask(0o022)
    print(type(old_mask).__name__, oct(os.umask(old_mask)))

    # times
    os.utime('a/f.txt', (1000000000, 1500000000))
    st = os.stat('a/f.txt')
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, os.path.getmtime('a/f.txt'))
    os.utime('a/f.txt', ns=(5 * 10**9, 7 * 10**9 + 250))
    print(os.stat('a/f.txt').st_mtime_ns)
    os.utime('a/f.txt', times=(1.5, 2.25))
    print(os.stat('a/f.txt').st_mtime)

    # links
    os.symlink('f.txt', 'a/link')
    print(os.readlink('a/link'), os.path.islink('a/link'), os.path.realpath('a/link') == os.path.realpath('a/f.txt'))
    print(os.lstat('a/link').st_mode & 0o170000 == 0o120000, os.stat('a/link').st_size)
    os.link('a/f.txt', 'a/hard')
    print(os.stat('a/f.txt').st_nlink, os.path.samefile('a/f.txt', 'a/hard'))
    try:
        os.symlink('x', 'a/link')
    except FileExistsError as e:
        print(e)
    try:
        os.readlink('a/f.txt')
    except OSError as e:
        print(type(e).__name__, e)

    # scandir
    with os.scandir('a') as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(repr(e), e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.is_file(follow_symlinks=False), os.fspath(e))
    print(ents[0].stat().st_size, ents[0].inode() == os.stat(ents[0].path).st_ino)
    print([e.name for e in os.scandir(b'a/b')], [e.path for e in os.scandir('a/b/')])
    it = os.scandir('a')
    it.close()
    print(list(it))
    try:
        os.scandir('missing')
    except FileNotFoundError as e:
        print(e)
    print(isinstance(ents[0], os.PathLike), isinstance('x', os.PathLike))

    # walk
    for top, dirs, files in os.walk('a'):
        dirs.sort()
        print(top, dirs, sorted(files))
    for top, dirs, files in os.walk('a', topdown=False):
        print(top, sorted(dirs), sorted(files))
    for top, dirs, files in os.walk('a'):
        dirs[:] = [d for d in dirs if d != 'b']
        print('pruned', top, dirs)
    errs = []
    print(list(os.walk('missing', onerror=errs.append)), type(errs[0]).__name__)

    # rename, replace, renames, removedirs
    os.rename('a/hard', 'a/hard2')
    os.replace('a/hard2', 'a/b/g.bin')
    print(os.path.getsize('a/b/g.bin'))
    try:
        os.rename('nope', 'x')
    except FileNotFoundError as e:
        print(e)
    os.renames('a/b/g.bin', 'z/y/g.bin')
    print(os.path.exists('z/y/g.bin'), os.path.exists('a/b'), os.path.exists('a/b/c'))
    os.remove('z/y/g.bin')
    os.removedirs('z/y')
    print(os.path.exists('z'))

    # truncate and descriptors
    os.truncate('a/f.txt', 2)
    fd = os.open('a/f.txt', os.O_RDWR | os.O_APPEND)
    print(os.read(fd, 100), os.fstat(fd).st_size)
    os.write(fd, b'XYZ')
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 100))
    os.ftruncate(fd, 1)
    os.close(fd)
    print(open('a/f.txt').read())
    try:
        os.open('nope/x', os.O_RDONLY)
    except FileNotFoundError as e:
        print(e)
    try:
        os.stat(123.5)
    except TypeError as e:
        print(e)
    try:
        os.chmod('nope', 0o644)
    except FileNotFoundError as e:
        print(e)
    try:
        os.rmdir('a')
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.remove('a')
    except IsADirectoryError as e:
        print(e)
finally:
    os.chdir(old)
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            p = os.path.join(top, d)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
