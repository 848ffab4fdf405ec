# pathlib: pure paths (parsing, parts, suffixes, joins, relative_to, match, ordering) and their errors.
from pathlib import *
p = PurePath('/a/b')
for f in [lambda: p.relative_to('/c'), lambda: PurePath('a').relative_to('/a'), lambda: PurePath('/').with_name('x'), lambda: p.with_name('a/b'),
 lambda: p.with_suffix('x'), lambda: p.with_suffix('.'), lambda: PurePath(b'x'), lambda: PurePath(1), lambda: p < 'x', lambda: list(Path('.').glob('')), lambda: list(Path('.').glob('/x')),
 lambda: list(Path('.').glob('a**')), lambda: PurePath('a').as_uri(), lambda: Path('x').write_text(b'x'), lambda: Path('/nonexist').read_text(), lambda: Path('nonexist').unlink(), lambda: Path('a') / 1, lambda: PurePath('/').with_stem('x'), lambda: PurePath('a').parents[5], lambda: p.parents['x']]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(p.parents, list(p.parents), p.parents[-1], p.parents[0:1], PurePath('//a'), PurePath('///a'), PurePath('a//b/./c/'), PurePath(), PurePath('a', '/b', 'c'))
print(PurePath('/a/b.tar.gz').suffixes, PurePath('a.').suffix, PurePath('a.').suffixes,PurePath('.a').suffix, PurePath('..').suffix, PurePath('a..b').suffixes)
print(PurePath('/a/b/c').match('b/c'), PurePath('/a/b/c').match('/b/c'), PurePath('/a/b').match('/*/b'), PurePath('a/b.py').match('*.py'))
print(PurePath('/a/b c').as_uri(), Path('x').absolute() == Path.cwd()/'x', type(Path('x')), PurePath('a') == PurePosixPath('a'), Path('a') == PurePath('a'))
print(PurePath('a/b').parent, PurePath('a').parent, PurePath('/').parent, PurePath('/').name, sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a')) == hash(PurePath('a')), PurePath('a/b').is_relative_to('a'), PurePath('/x').is_absolute(), bytes(PurePath('a')), PurePath('/a/b').relative_to('/a'), PurePath('/a/b').relative_to('/', 'a'))
print(PurePath('a/b').is_relative_to('c'))
import os, pickle
q = PurePosixPath('/usr/lib/python3.11/os.py')
print(q.parts, q.name, q.stem, q.suffix, q.root, q.anchor, repr(q.drive), q.parent.parent)
print(q.with_name('x.txt'), q.with_suffix('.pyc'), q.with_suffix(''), q.with_stem('new'), PurePath('a.tar.gz').with_suffix('.bz2'))
print(PurePath('a') / 'b' / PurePath('c'), 'x' / PurePath('y'), PurePath('a').joinpath('b', 'c'), os.fspath(PurePath('a/b')), str(PurePath('a/b')))
print(PurePath('a', 'b') == PurePath('a/b'), PurePath('a') != PurePath('b'), PurePath('a') == 'a', PurePath('a') < PurePath('b'), PurePath('/b') < PurePath('a'))
print(pickle.loads(pickle.dumps(PurePath('/a/b'))), {PurePath('a'): 1}[PurePosixPath('a')], len(PurePath('/a/b/c').parents))
print(isinstance(PurePath('a'), os.PathLike), PurePath(PurePath('x'), 'y'), PurePath('a').is_reserved(), PurePath('~/x').as_posix())
print(Path('a/b'), repr(Path('/x')), isinstance(Path('a'), PurePath), Path('a').parent, type(Path('a').parent).__name__, type(Path('a') / 'b').__name__)
for bad in ['', '.', 'a/b']:
    try:
        PurePath('x').with_name(bad)
    except ValueError as e:
        print(e)
