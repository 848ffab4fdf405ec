# shutil: copying files and trees, moving, removing, which, disk usage.
import os, shutil, tempfile, io

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    with open('a.txt', 'w') as f:
        f.write('alpha\n')
    os.chmod('a.txt', 0o640)
    os.utime('a.txt', (1000000000, 1200000000))
    print(shutil.copyfile('a.txt', 'b.txt'), open('b.txt').read())
    os.mkdir('dir')
    print(shutil.copy('a.txt', 'dir'), oct(os.stat('dir/a.txt').st_mode & 0o777))
    print(shutil.copy2('a.txt', 'c.txt'), os.stat('c.txt').st_mtime, oct(os.stat('c.txt').st_mode & 0o777))
    shutil.copymode('a.txt', 'b.txt')
    print(oct(os.stat('b.txt').st_mode & 0o777))
    shutil.copystat('a.txt', 'b.txt')
    print(os.stat('b.txt').st_mtime_ns)
    src, dst = io.BytesIO(b'x' * 100000), io.BytesIO()
    shutil.copyfileobj(src, dst, 1000)
    print(len(dst.getvalue()))

    os.makedirs('tree/sub/deep')
    for p in ['tree/1.py', 'tree/2.txt', 'tree/sub/3.py', 'tree/sub/deep/4.pyc']:
        with open(p, 'w') as f:
            f.write(p)
    os.symlink('1.py', 'tree/link')
    def listing(top):
        out = []
        for d, dirs, files in os.walk(top):
            dirs.sort()
            for n in sorted(files):
                p = os.path.join(d, n)
                out.append((os.path.relpath(p, top), os.path.islink(p)))
        return out
    print(shutil.copytree('tree', 'copy1'))
    print(listing('copy1'))
    shutil.copytree('tree', 'copy2', symlinks=True, ignore=shutil.ignore_patterns('*.pyc', 'deep*'))
    print(listing('copy2'))
    shutil.copytree('tree', 'copy2', dirs_exist_ok=True)
    print(listing('copy2'))
    seen = []
    def ign(d, names):
        seen.append((os.path.relpath(d, 'tree'), sorted(names)))
        return {'sub'}
    shutil.copytree('tree', 'copy3', ignore=ign)
    print(seen, listing('copy3'))

    print(shutil.move('copy3', 'moved'), os.path.exists('copy3'), listing('moved'))
    print(shutil.move('b.txt', 'dir'), sorted(os.listdir('dir')))
    print(shutil.move('c.txt', 'dir/renamed.txt'), sorted(os.listdir('dir')))

    shutil.rmtree('copy1')
    print(os.path.exists('copy1'))
    errs = []
    shutil.rmtree('nope', onerror=lambda f, p, e: errs.append((f.__name__, p, e[0].__name__)))
    print(errs)
    shutil.rmtree('nope', ignore_errors=True)

    for f in [lambda: shutil.copyfile('a.txt', 'a.txt'), lambda: shutil.copyfile('nope', 'x'), lambda: shutil.copyfile('a.txt', 'dir'),
              lambda: shutil.copytree('tree', 'tree'), lambda: shutil.rmtree('a.txt'), lambda: shutil.rmtree('tree/link'),
              lambda: shutil.move('tree', 'tree/sub/x'), lambda: (open('dir/a2.txt', 'w').close(), shutil.copy('a.txt', 'a2.txt'), shutil.move('a2.txt', 'dir')),
              lambda: shutil.rmtree('nope'), lambda: shutil.copy('nope', 'x'), lambda: shutil.copytree('nope', 'x'), lambda: shutil.disk_usage('nope')]:
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

    u = shutil.disk_usage('.')
    print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free > 0, u.total == u[0])
    os.environ['COLUMNS'], os.environ['LINES'] = '100', '40'
    print(shutil.get_terminal_size())
    del os.environ['COLUMNS'], os.environ['LINES']
    print(shutil.get_terminal_size((33, 44)))
    os.mkdir('bin')
    with open('bin/tool', 'w') as f:
        f.write('#!/bin/sh\n')
    print(shutil.which('tool', path='bin'), shutil.which('a.txt', path='.'), shutil.which('sh') is not None, shutil.which('nope-nope'))
    os.chmod('bin/tool', 0o755)
    print(shutil.which('tool', path='bin'), shutil.which('bin/tool'), shutil.which(b'tool', path=b'bin'), shutil.which('tool', path=''))
finally:
    os.chdir(old)
    shutil.rmtree(base)
print(os.path.exists(base))
