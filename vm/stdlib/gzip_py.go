package stdlib

// gzip in Python over zlib (zlib.go): the gzip container (RFC 1952) is
// read and written here, the deflate data by zlib's raw streams.

func init() {
	addFrozen("gzip", "Functions that read and write gzipped files.", gzipSrc)
}

const gzipSrc = `
import builtins
import io
import os
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_CHUNK = 128 * 1024
_MAGIC = b'\x1f\x8b'
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _le32(b):
    return b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24


def _le32_bytes(n):
    n &= 0xffffffff
    return bytes((n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >> 24))


def _xfl(level):
    return 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode (a GzipFile, or
    a TextIOWrapper over one for "t" modes)."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    bmode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        raw = GzipFile(filename, bmode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        raw = GzipFile(None, bmode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(raw, encoding, errors, newline)
    return raw


class _MemberReader:
    # Decompresses the members of a gzip stream one after the other;
    # read(n) gives up to n bytes (b'' at the end of the last member).

    def __init__(self, fp):
        self._fp = fp
        self._back = b''        # input read ahead of the decoder
        self._dec = None        # the member's decompressor, once its header is read
        self._out = b''
        self._crc = 0
        self._size = 0
        self._done = False
        self._members = 0
        self.mtime = None

    def _exact(self, n):
        data = b''
        while len(data) < n:
            if self._back:
                k = n - len(data)
                data += self._back[:k]
                self._back = self._back[k:]
                continue
            more = self._fp.read(_CHUNK)
            if not more:
                raise EOFError(_TRUNCATED)
            self._back = more
        return data

    def _header(self):
        # False at the clean end of the file (no further member).
        if not self._back:
            self._back = self._fp.read(_CHUNK)
        if self._members:
            # Zero bytes may pad the file after a member.
            self._back = self._back.lstrip(b'\x00')
            while not self._back:
                more = self._fp.read(_CHUNK)
                if not more:
                    return False
                self._back = more.lstrip(b'\x00')
        if not self._back:
            return False
        magic = self._back[:2]
        self._back = self._back[2:]
        if len(magic) < 2:
            magic += self._fp.read(1)
        if magic != _MAGIC:
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag = self._exact(2)
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        self.mtime = _le32(self._exact(4))
        self._exact(2)
        if flag & FEXTRA:
            n = self._exact(2)
            self._exact(n[0] | n[1] << 8)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while self._exact(1) != b'\x00':
                    pass
        if flag & FHCRC:
            self._exact(2)
        self._dec = zlib.decompressobj(-zlib.MAX_WBITS)
        self._members += 1
        self._crc = 0
        self._size = 0
        return True

    def _step(self):
        # Decode more; False at the end of the data.
        if self._done:
            return False
        if self._dec is None and not self._header():
            self._done = True
            return False
        data = self._back or self._fp.read(_CHUNK)
        self._back = b''
        if not data:
            raise EOFError(_TRUNCATED)
        out = self._dec.decompress(data)
        self._crc = zlib.crc32(out, self._crc)
        self._size += len(out)
        self._out += out
        if self._dec.eof:
            self._back = self._dec.unused_data
            self._dec = None
            trailer = self._exact(8)
            crc, size = _le32(trailer[:4]), _le32(trailer[4:])
            if crc != self._crc:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
            if size != self._size & 0xffffffff:
                raise BadGzipFile("Incorrect length of data produced")
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            while self._step():
                pass
            out, self._out = self._out, b''
            return out
        while len(self._out) < n and self._step():
            pass
        out, self._out = self._out[:n], self._out[n:]
        return out

    def peek(self, n):
        while len(self._out) < max(n, 1) and self._step():
            pass
        return self._out

    def unread(self, data):
        self._out = data + self._out


class GzipFile(io.BufferedIOBase):
    """A file object over a gzip stream: reading decompresses, writing
    compresses (as the gzip and gunzip programs)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.fileobj = fileobj
        self.name = filename
        self._pos = 0
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
        elif mode.startswith(('w', 'a', 'x')):
            if self.myfileobj is None and not hasattr(fileobj, 'write'):
                raise TypeError('fileobj must be writable')
            self.mode = WRITE
            self._level = compresslevel
            self._comp = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
            self._write_mtime = mtime
            self._write_header(filename)
        else:
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None
            raise ValueError("Invalid mode: {!r}".format(mode))

    def _write_header(self, filename):
        name = os.path.basename(filename)
        if not isinstance(name, bytes):
            try:
                name = name.encode('latin-1')
            except UnicodeEncodeError:
                name = b''
        if name.endswith(b'.gz'):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            import time
            mtime = time.time()
        head = _MAGIC + b'\x08' + (b'\x08' if name else b'\x00') + _le32_bytes(int(mtime))
        head += bytes((_xfl(self._level), 255))
        if name:
            head += name + b'\x00'
        self.fileobj.write(head)

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            return self._reader.mtime
        return None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check(self, want):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode != want:
            verb = "read() on write-only" if want == READ else "write() on read-only"
            raise OSError(9, verb + " GzipFile object")  # EBADF

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        if n > 0:
            self.fileobj.write(self._comp.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += n
            self._pos += n
        return n

    def read(self, size=-1):
        self._check(READ)
        out = self._reader.read(size)
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        self._check(READ)
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        out = self._reader.read(size)
        self._pos += len(out)
        return out

    def readinto(self, b):
        data = self.read(len(memoryview(b)))
        memoryview(b).cast('B')[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check(READ)
        return self._reader.peek(n)

    def readline(self, size=-1):
        self._check(READ)
        line = b''
        while size < 0 or len(line) < size:
            chunk = self._reader.peek(1)
            if not chunk:
                break
            want = len(chunk) if size < 0 else min(len(chunk), size - len(line))
            nl = chunk.find(b'\n', 0, want)
            take = nl + 1 if nl >= 0 else want
            line += self._reader.read(take)
            if nl >= 0:
                break
        self._pos += len(line)
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check(READ)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._comp.flush())
                fileobj.write(_le32_bytes(self._crc) + _le32_bytes(self._size))
        finally:
            mine = self.myfileobj
            if mine is not None:
                self.myfileobj = None
                mine.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode == WRITE:
            self.fileobj.write(self._comp.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._pos = 0

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset += self._pos
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self._pos:
                raise OSError('Negative seek in write mode')
            gap = offset - self._pos
            while gap > 0:
                step = min(gap, 1024)
                self.write(bytes(step))
                gap -= step
            return self._pos
        self._check(READ)
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            while self.read(_CHUNK):
                pass
            offset += self._pos
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, _CHUNK)):
                break
        return self._pos

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        # zlib's own gzip container (OS byte 3), as CPython does then
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        import time
        mtime = time.time()
    head = _MAGIC + b'\x08\x00' + _le32_bytes(int(mtime)) + bytes((_xfl(compresslevel), 255))
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
    body = c.compress(data) + c.flush()
    return head + body + _le32_bytes(zlib.crc32(data)) + _le32_bytes(len(memoryview(data).cast('B')))


def decompress(data):
    """Decompress a gzip compressed string in one shot, every member of it."""
    out = []
    r = _MemberReader(io.BytesIO(data))
    try:
        while True:
            chunk = r.read(_CHUNK)
            if not chunk:
                break
            out.append(chunk)
    except BadGzipFile as e:
        if str(e).startswith('CRC check failed '):
            raise BadGzipFile('CRC check failed') from None
        raise
    return b''.join(out)
`
