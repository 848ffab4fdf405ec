package builtins

// linecacheSource is the linecache module: source lines read from the
// files (found by name, or by a relative name in a sys.path directory,
// as the built-in traceback printer finds them), cached until
// checkcache sees the file changed. minipy's own code.
const linecacheSource = `
import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazy entry is a 1-tuple.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno of filename (with its newline), or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename, read through the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries (all, or filename's) whose file changed on disk."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _open_source(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8', 'replace')
    if text.startswith('\ufeff'):
        text = text[1:]
    return text


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines ([] when it
    cannot be read)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not os.path.isabs(filename):
        for d in sys.path:
            if isinstance(d, str):
                candidates.append(os.path.join(d, filename))
    for fullname in candidates:
        try:
            st = os.stat(fullname)
            text = _open_source(fullname)
        except (OSError, ValueError, UnicodeError):
            continue
        lines = text.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
        return lines
    return []


def lazycache(filename, module_globals):
    """Note that filename's lines may come from its module's loader; minipy
    reads every source from its file, so there is nothing to defer."""
    return False
`

// tracebackSource is the traceback module, minipy's own code after the
// documented API of CPython 3.11's: summaries of tracebacks and stacks
// (FrameSummary, StackSummary, TracebackException) and the print/format
// functions. A whole exception is formatted by the VM's own printer
// (_format_full), so traceback.print_exc() prints exactly what an
// uncaught exception prints; summaries are formatted here, with the caret
// lines from _carets.
const tracebackSource = `
import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_sentinel = object()
_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def _lines_of(text):
    return text.splitlines(True)


def _exc_and_tb(exc, value, tb):
    # The 3.10 signature: f(exc) alone, or f(type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(
                f"Exception expected for value, {type(exc).__name__} found")
        return exc, exc.__traceback__
    return value, tb


def print_list(extracted_list, file=None):
    """Print the entries of an extracted stack or traceback."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """The entries of an extracted stack or traceback as strings."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_tb_entries(tb), limit=limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _exc_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _exc_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the locals of the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass  # the frame is still running
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from f outwards along f_back; with f None,
    from the frame that called StackSummary.extract(walk_stack(None))."""
    if f is None:
        # This generator runs under _frames, _extract and extract.
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb
        tb = tb.tb_next


def _frames(frame_gen):
    for f, lineno in frame_gen:
        yield f, lineno, None


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line,
    locals (reprs), and the span of the instruction when known. It also
    behaves as the tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._carets = ''
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        return klass._extract(_frames(frame_gen), limit=limit,
                              lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _extract(klass, entries, *, limit=None, lookup_lines=True,
                 capture_locals=False):
        entries = list(entries)
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                entries = entries[:limit]
            else:
                entries = entries[limit:]
        result = klass()
        names = set()
        for f, lineno, tb in entries:
            code = f.f_code
            filename = code.co_filename
            names.add(filename)
            pos = _positions(tb) if tb is not None else None
            if pos is not None:
                _, end_lineno, colno, end_colno = pos
            else:
                end_lineno = colno = end_colno = None
            fs = FrameSummary(filename, lineno, code.co_name,
                              lookup_line=False,
                              locals=f.f_locals if capture_locals else None,
                              end_lineno=end_lineno, colno=colno,
                              end_colno=end_colno)
            if tb is not None:
                raw = linecache.getline(filename, lineno)
                if raw:
                    fs._carets = _carets(tb, raw.rstrip('\r\n'), lineno)
            result.append(fs)
        for name in names:
            linecache.checkcache(name)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        parts = ['  File "{}", line {}, in {}\n'.format(
            fs.filename, fs.lineno, fs.name)]
        if fs.line:
            parts.append('    {}\n'.format(fs.line.strip()))
            parts.append(getattr(fs, '_carets', ''))
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(parts)

    def format(self):
        out = []
        prev = None
        repeats = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != prev:
                out.extend(_repeated(repeats))
                prev = key
                repeats = 0
            repeats += 1
            if repeats <= _RECURSIVE_CUTOFF:
                out.append(self.format_frame_summary(fs))
        out.extend(_repeated(repeats))
        return out


def _repeated(count):
    extra = count - _RECURSIVE_CUTOFF
    if extra <= 0:
        return []
    return [f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n']


class TracebackException:
    """An exception captured for later formatting: its type, message,
    stack, notes, and the TracebackExceptions of its cause, context and
    (exception groups) members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._capture_locals = capture_locals
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(
            _tb_entries(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception:
            self.__notes__ = None
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        opts = dict(limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
        cause = exc_value.__cause__ if exc_value is not None else None
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, **opts)
        else:
            self.__cause__ = None
        context = exc_value.__context__ if exc_value is not None else None
        need_context = not compact or (
            cause is None and not self.__suppress_context__)
        if need_context and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, **opts)
        else:
            self.__context__ = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, **opts)
                for e in exc_value.exceptions]
        else:
            self.exceptions = None
        self._is_syntax_error = bool(exc_type) and issubclass(exc_type, SyntaxError)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _native(self):
        # The VM's printer shows the exception as it is now: usable when
        # this summary took the exception's own traceback and no option
        # changes the display.
        exc = self._exc
        return (isinstance(exc, BaseException) and
                self._tb is exc.__traceback__ and self._limit is None and
                not self._capture_locals and
                getattr(sys, 'tracebacklimit', None) is None)

    def format_exception_only(self):
        """The last lines: "Type: message", SyntaxError details, notes."""
        yield from _lines_of(_format_only(self._exc))

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole display, as print_exception shows it."""
        if self._native():
            yield from _lines_of(_format_full(self._exc, chain))
            return
        todo = []
        te = self
        seen = set()
        while te is not None and id(te) not in seen:
            seen.add(id(te))
            if not chain:
                todo.append((None, te))
                break
            if te.__cause__ is not None:
                todo.append((_cause_message, te))
                te = te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                todo.append((_context_message, te))
                te = te.__context__
            else:
                todo.append((None, te))
                te = None
        for link, te in reversed(todo):
            if link is not None:
                yield link
            if te.exceptions is not None and isinstance(te._exc, BaseException):
                yield from _lines_of(_format_full(te._exc, False))
                continue
            if te.stack:
                yield 'Traceback (most recent call last):\n'
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the display to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
`
