import glob, os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'glob_mods', 'tree')
os.chdir(os.path.dirname(base))
def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))
for pat in ['tree/*', 'tree/*.py', 'tree/?1.txt', 'tree/q[0-9]*.txt', 'tree/[!q]*', 'tree/*/', 'tree/*/*.py', 'tree/a/**', 'tree/**/*.py', 'tree/nope*', 'tree/x.py', 'tree/missing.py', 'tree/', 'tree/br[[]k].txt', 'tree/.*', 'tree/*.PY', 'tree/[', 'tree/**', '']:
    show(pat)
show('tree/**/*.py', recursive=True)
show('tree/**', recursive=True)
show('tree/**/', recursive=True)
show('**/*.txt', recursive=True)
show('*', root_dir='tree')
show('**/*.py', root_dir='tree', recursive=True)
show('**/*.py', root_dir='tree', recursive=True, include_hidden=True)
show('tree/*', include_hidden=True)
show(b'tree/*.py')
print(sorted(glob.iglob('tree/a/*')), type(glob.iglob('*')).__name__)
print(glob.escape('a*b?c[d].txt'), glob.escape(b'x*'), glob.has_magic('abc'), glob.has_magic('a[b'), glob.has_magic(b'*'))
print(glob.__all__)
