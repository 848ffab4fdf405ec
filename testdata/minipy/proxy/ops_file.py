# Files through a proxy (issue 8, semantics.md 2.3 decision 4): a text
# file of the owner (a temporary file it made: /tmp, removed at the end)
# written with write/writelines/print(file=), flushed, seeked, read with
# read/readline/readlines and by iteration, used with `with` (the file
# object comes back as the same proxy, its __exit__ closes it in the
# owner), io.StringIO and io.BytesIO with getvalue/seek/tell/truncate,
# and the ValueErrors of a closed file. Run by ops_mods/runner.py on the
# plain objects and on proxies four ways; every block prints what the
# plain objects print (ops_mods/check_py3.sh). Proxy-specific: none.
from ops_mods import runner

SETUP = """
import io, os
class Files:
    def __init__(self):
        self.path = f'/tmp/minipy_ops_file_{os.getpid()}_{id(self)}.txt'
    def open(self, mode):
        return open(self.path, mode)
    def remove(self):
        os.remove(self.path)
        return os.path.exists(self.path)
def make():
    return Files(), io.StringIO('one\\ntwo\\n'), io.BytesIO(b'abc')
"""

CHECK = """
def check(objs):
    files, sio, bio = objs
    f = files.open('w')
    print(f.write('alpha\\n'), f.writable(), f.readable(), f.closed, f.mode)
    f.writelines(['beta\\n', 'gamma\\n'])
    print('delta', 42, file=f)
    f.flush()
    f.close()
    print(f.closed)
    with files.open('r') as g:
        print(g.readline(), end='')
        print(g.read(3), g.tell() > 0, g.readline(), end='')
        g.seek(0)
        print([line.rstrip() for line in g])
        g.seek(0)
        print(g.readlines(), g.read(), repr(g.readline()))
    print(g.closed)
    with files.open('a') as h:
        h.write('epsilon\\n')
    with files.open('r') as h:
        print(len(h.read().splitlines()), list(h), next(iter(h), 'eof'))
    for bad in (lambda: f.write('x'), lambda: g.read(), lambda: next(g), lambda: g.readline(),
                lambda: files.open('q'), lambda: g.seek(0)):
        try:
            bad()
        except ValueError as e:
            print('ValueError', e)
    print(files.remove())
    print(sio.read(), sio.tell(), sio.seek(4), sio.readline(), end='')
    sio.seek(0, 2)
    print(sio.write('three\\n'), sio.getvalue().split(), list(sio), sio.truncate(4), repr(sio.getvalue()))
    with sio as s:
        print(s.readable())
    print(sio.closed, bio.read(2), bio.getvalue(), bio.write(b'XYZ'), bio.getvalue(), bio.seek(0), bio.read())
"""

runner.run(SETUP, CHECK)
