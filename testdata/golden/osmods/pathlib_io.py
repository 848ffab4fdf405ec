# pathlib: Path and the file system (files, directories, glob, links).
import os, tempfile
from pathlib import Path

base = Path(tempfile.mkdtemp())
try:
    d = base / 'd'
    d.mkdir()
    try:
        d.mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    d.mkdir(exist_ok=True)
    (d / 'x' / 'y').mkdir(parents=True)
    try:
        (d / 'p' / 'q').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    f = d / 'a.txt'
    print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
    print((d / 'b.bin').write_bytes(b'\x00\x01'), (d / 'b.bin').read_bytes(), (d / 'b.bin').stat().st_size)
    with f.open() as fh:
        print(fh.readline().rstrip(), type(fh).__name__)
    with f.open('a') as fh:
        fh.write('more\n')
    print(f.read_text().splitlines())
    (d / '.hidden').touch()
    (d / 'c.py').touch()
    (d / 'x' / 'z.py').touch()
    (d / 'x' / 'y' / 'w.py').touch()
    print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), (d / 'nope').exists(), (d / 'nope').is_file())
    print(sorted(p.name for p in d.iterdir()))
    rel = lambda ps: sorted(str(p.relative_to(d)) for p in ps)
    print(rel(d.glob('*.py')), rel(d.glob('*')), rel(d.glob('**/*.py')))
    print(rel(d.rglob('*.py')), rel(d.glob('**')), rel(d.glob('x/*')), rel(d.glob('*/y')), rel(d.glob('a.txt')), rel(d.glob('nope')))
    print(rel(d.glob('?.txt')), rel(d.glob('[ab].*')), rel(d.rglob('w*')))
    for bad in ['', '/abs', 'a**b']:
        try:
            list(d.glob(bad))
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)

    link = d / 'link'
    link.symlink_to('a.txt')
    print(link.is_symlink(), link.is_file(), link.readlink(), link.resolve() == f.resolve(), link.resolve().name)
    print(link.lstat().st_size != link.stat().st_size, f.samefile(link), link.samefile(str(f)))
    hard = d / 'hard'
    hard.hardlink_to(f)
    print(hard.stat().st_nlink)
    g = f.rename(d / 'renamed.txt')
    print(type(g).__name__, g.name, f.exists(), g.exists())
    g2 = g.replace(d / 'b.bin')
    print(g2.read_text().splitlines()[0])
    f.unlink(missing_ok=True)
    try:
        f.unlink()
    except FileNotFoundError as e:
        print(e.errno, e.strerror)
    try:
        f.read_text()
    except FileNotFoundError as e:
        print(e.errno, os.path.basename(e.filename))
    try:
        (d / 'c.py').touch(exist_ok=False)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    (d / 'c.py').chmod(0o600)
    print(oct((d / 'c.py').stat().st_mode & 0o777))
    try:
        d.rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    old = os.getcwd()
    os.chdir(d)
    try:
        print(Path.cwd() == d.resolve(), Path('c.py').absolute() == d.resolve() / 'c.py', Path('x/../c.py').resolve() == d.resolve() / 'c.py')
        print(sorted(str(p) for p in Path('.').glob('*.py')), sorted(str(p) for p in Path().iterdir() if p.suffix == '.py'))
    finally:
        os.chdir(old)
    os.environ['HOME'] = '/home/user'
    print(Path('~/x').expanduser(), Path.home(), Path('a/~').expanduser())
    try:
        Path('x').write_text(3)
    except TypeError as e:
        print(e)
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files + [x for x in dirs if os.path.islink(os.path.join(top, x))]:
            os.unlink(os.path.join(top, n))
        for n in dirs:
            if not os.path.islink(os.path.join(top, n)):
                os.rmdir(os.path.join(top, n))
    base.rmdir()
print(base.exists())
