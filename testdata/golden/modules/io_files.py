# open() and the io types: modes, newline translation, encodings and
# errors, seek/tell, buffering choices, closed files, StringIO and BytesIO.
import io, os, sys
name = "minipy_iop.tmp"
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))
with open(name, "w") as f:
    show('write', lambda: f.write("héllo\nwörld\r\nthree\rfour"))
    show('repr', lambda: repr(f).replace(name, 'NAME'))
    show('tell', lambda: f.tell())
    show('read on w', lambda: f.read())
    show('writelines', lambda: f.writelines(['a', 'b\n']))
    show('write int', lambda: f.write(5))
    show('fileno type', lambda: type(f.fileno()))
    show('isatty', lambda: f.isatty())
    show('encoding', lambda: (f.encoding, f.errors, f.line_buffering, f.mode, f.name == name))
    show('buffer', lambda: type(f.buffer).__name__)
with open(name, "rb") as f:
    show('raw bytes', lambda: f.read())
with open(name) as f:
    show('read all', lambda: f.read())
    show('read again', lambda: f.read())
    show('seek0', lambda: f.seek(0))
    show('read 3', lambda: f.read(3))
    show('tell', lambda: f.tell())
    show('readline', lambda: f.readline())
    show('readline 2', lambda: f.readline(2))
    show('readlines', lambda: f.readlines())
    show('seek end', lambda: f.seek(0, 2))
    show('seek cur nonzero', lambda: f.seek(1, 1))
    show('seek neg', lambda: f.seek(-1))
    show('seek whence', lambda: f.seek(0, 3))
    show('newlines', lambda: f.newlines)
    show('write on r', lambda: f.write('x'))
    show('truncate on r', lambda: f.truncate())
with open(name, newline='') as f:
    show('newline empty', lambda: f.readlines())
with open(name, newline='\r') as f:
    show('newline cr', lambda: f.readlines())
with open(name, newline='\n') as f:
    show('newline lf', lambda: list(f))
with open(name, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(name, 'rb') as f:
    show('crlf written', lambda: f.read())
with open(name, 'w', encoding='latin-1') as f:
    show('latin1', lambda: f.write('é'))
with open(name, 'rb') as f:
    show('latin1 bytes', lambda: f.read())
with open(name, 'r', encoding='utf-8') as f:
    show('bad utf8', lambda: f.read())
with open(name, 'r', encoding='utf-8', errors='replace') as f:
    show('replace', lambda: f.read())
with open(name, 'w', encoding='ascii') as f:
    show('ascii enc', lambda: f.write('é'))
show('unknown enc', lambda: open(name, encoding='nope'))
with open(name, 'w+') as f:
    f.write('abc\ndef\n')
    show('w+ seek', lambda: f.seek(0))
    show('w+ read', lambda: f.read())
with open(name, 'a+') as f:
    show('a+ tell', lambda: f.tell())
    f.write('ghi\n')
    f.seek(0)
    show('a+ read', lambda: f.read())
with open(name, 'r+') as f:
    show('r+ read2', lambda: f.read(2))
    f.seek(0)
    f.write('XY')
    f.seek(0)
    show('r+ read', lambda: f.read())
with open(name, 'r+b') as f:
    show('rb+ repr', lambda: repr(f).replace(name, 'NAME'))
    show('rb+ read', lambda: f.read(3))
    show('rb+ peek', lambda: type(f.peek()))
    b = bytearray(4)
    show('readinto', lambda: (f.readinto(b), b))
    show('tell', lambda: f.tell())
    show('write str', lambda: f.write('s'))
    show('mode', lambda: (f.mode, f.name == name))
show('x exists', lambda: open(name, 'x'))
with open(name, 'wb') as f:
    show('wb repr', lambda: repr(f).replace(name, 'NAME'))
    show('wb write', lambda: f.write(b'12345'))
    show('wb write mv', lambda: f.write(memoryview(b'67')))
    show('wb read', lambda: f.read())
    show('wb seek', lambda: f.seek(2))
    show('wb tell', lambda: f.tell())
with open(name, 'rb') as f:
    show('rb lines', lambda: list(f))
    show('rb repr', lambda: repr(f).replace(name, 'NAME'))
f = open(name)
f.close()
show('closed read', lambda: f.read())
show('closed iter', lambda: iter(f))
show('closed with', lambda: f.__enter__())
show('closed closed', lambda: f.closed)
show('close twice', lambda: f.close())
show('open dir', lambda: open('.'))
show('open none', lambda: open(None))
show('open fd neg', lambda: open(-1))
show('unbuffered text', lambda: open(name, 'w', buffering=0))
with open(name, 'wb', buffering=0) as f:
    show('unbuffered bin', lambda: (type(f).__name__, f.write(b'x')))
with open(name, 'w', buffering=1) as f:
    show('line buffering', lambda: f.line_buffering)
os.remove(name)
s = io.StringIO("a\nb\r\nc\rd")
show('sio lines', lambda: s.readlines())
s = io.StringIO("a\nb\r\nc\rd", newline=None)
show('sio univ', lambda: s.readlines())
s = io.StringIO(newline='\r\n')
s.write('x\ny')
show('sio crlf', lambda: s.getvalue())
s = io.StringIO('abc')
show('sio seek', lambda: (s.seek(5), s.write('z'), s.getvalue()))
show('sio tell', lambda: s.tell())
show('sio read closed', lambda: (s.close(), s.read()))
show('sio bad', lambda: io.StringIO(5))
show('sio newline bad', lambda: io.StringIO(newline='x'))
b = io.BytesIO(b'abc')
show('bio seek far', lambda: (b.seek(6), b.write(b'z'), b.getvalue()))
show('bio read1', lambda: (b.seek(0), b.read1(2)))
show('bio truncate', lambda: (b.truncate(2), b.getvalue(), b.tell()))
show('bio readinto', lambda: (b.seek(0), b.readinto(bytearray(5))))
show('bio getbuffer', lambda: bytes(b.getbuffer()))
m = b.getbuffer()
show('bio exported write', lambda: b.write(b'q'))
m[0] = ord('Z')
show('bio via view', lambda: b.getvalue())
del m
show('bio after release', lambda: (b.write(b'q'), b.getvalue()))
show('bio bad init', lambda: io.BytesIO('s'))
show('bio kw', lambda: io.BytesIO(initial_bytes=b'k').read())
show('sio kw', lambda: io.StringIO(initial_value='k').read())
show('isinstance', lambda: (isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout, io.TextIOWrapper)))
show('print sep', lambda: print('a', 'b', sep=None, end=None, file=io.StringIO()))
out = io.StringIO()
print('x', 1, 2.5, None, sep='|', end='!', file=out, flush=True)
show('print to sio', lambda: out.getvalue())
show('print to bytes', lambda: print('x', file=io.BytesIO()))
show('print to none-like', lambda: print('x', file=object()))
show('input eof', lambda: input('prompt> '))
show('stdout name', lambda: (sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode))
show('stdout closed', lambda: sys.stdout.closed)
show('io names', lambda: [n for n in ('open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'FileIO', 'IOBase', 'RawIOBase', 'TextIOBase', 'BufferedIOBase', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'open_code', 'text_encoding', 'BufferedRandom', 'BlockingIOError') if not hasattr(io, n)])
show('UnsupportedOperation mro', lambda: [c.__name__ for c in io.UnsupportedOperation.__mro__])
