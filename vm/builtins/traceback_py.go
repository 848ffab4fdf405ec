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
    found = getlines(filename, module_globals)
    return found[lineno - 1] if 0 < lineno <= len(found) else ''


def getlines(filename, module_globals=None):
    """All the lines of filename, read through the cache."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        # Too big to keep: forget everything, show nothing.
        cache.clear()
        return []


def checkcache(filename=None):
    """Drop the entries (all, or filename's) whose file changed on disk."""
    for name in list(cache) if filename is None else [filename]:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            # Unknown, lazy, or not from a file: nothing to compare.
            continue
        try:
            st = os.stat(entry[3])
        except (OSError, ValueError):
            st = None
        if st is None or (st.st_size, st.st_mtime) != entry[:2]:
            del cache[name]


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
    if not filename or filename[0] + filename[-1] == '<>':
        # No name, or a pseudo-file such as <string> or <stdin>.
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
        if lines and lines[-1][-1:] != '\n':
            lines[-1] = lines[-1] + '\n'
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
_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _lines_of(text):
    return text.splitlines(True)


def _entries_of(text):
    # The pieces of a display as format() yields them: a stack entry (its
    # File line with the source and caret lines under it) is one piece,
    # every other line is one. A stack entry's File line names the
    # function; a SyntaxError's does not.
    piece = None
    for line in _lines_of(text):
        if piece is not None and line.startswith("    "):
            piece += line
            continue
        if piece is not None:
            yield piece
            piece = None
        if line.startswith('  File "') and '", line ' in line and ', in ' in line:
            piece = line
        else:
            yield line
    if piece is not None:
        yield piece


def _write_all(lines, file):
    # print_* write each formatted piece to file (default sys.stderr).
    out = sys.stderr if file is None else file
    for text in lines:
        print(text, file=out, end="")


def _exc_and_tb(exc, value, tb):
    # The two call forms since 3.10: f(exc) alone, or f(type, value, tb).
    has_value, has_tb = value is not _sentinel, tb is not _sentinel
    if has_value != has_tb:
        raise ValueError("Both or neither of value and tb must be given")
    if has_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def _summary(exc, value, tb, limit):
    value, tb = _exc_and_tb(exc, value, tb)
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def _caller(f):
    # f, or the frame that called the API function calling this.
    return sys._getframe(2) if f is None else f


def print_list(extracted_list, file=None):
    """Print the entries of an extracted stack or traceback."""
    _write_all(format_list(extracted_list), file)


def format_list(extracted_list):
    """The entries of an extracted stack or traceback as strings."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    _write_all(format_tb(tb, limit), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_tb_entries(tb), limit=limit)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    _summary(exc, value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    return list(_summary(exc, value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    shown = exc if value is _sentinel else value
    return list(TracebackException(type(shown), shown, None, compact=True).format_exception_only())


def _handled(limit, chain):
    # The display of the exception being handled.
    return format_exception(*sys.exc_info(), limit=limit, chain=chain)


def print_exc(limit=None, file=None, chain=True):
    _write_all(_handled(limit, chain), file)


def format_exc(limit=None, chain=True):
    return "".join(_handled(limit, chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    last = (sys.last_type, sys.last_value, sys.last_traceback)
    _write_all(format_exception(*last, limit=limit, chain=chain), file)


def print_stack(f=None, limit=None, file=None):
    _write_all(extract_stack(_caller(f), limit).format(), file)


def format_stack(f=None, limit=None):
    return extract_stack(_caller(f), limit).format()


def extract_stack(f=None, limit=None):
    # Innermost last, as a traceback reads.
    found = StackSummary.extract(walk_stack(_caller(f)), limit=limit)
    found.reverse()
    return found


def _tb_entries(tb):
    # (frame, lineno, tb) along tb_next: the tb entry gives the positions.
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb
        tb = tb.tb_next


def clear_frames(tb):
    """Clear the locals of the frames of a traceback."""
    for frame, _, _ in _tb_entries(tb):
        try:
            frame.clear()
        except RuntimeError:
            pass  # the frame is still running


def walk_stack(f):
    """Yield (frame, lineno) from f outwards along f_back; with f None,
    from the frame that called StackSummary.extract(walk_stack(None))."""
    if f is None:
        # Four levels out: past _frames, StackSummary._extract and
        # extract (None when the stack is shallower, as CPython's chain
        # of f_back reads).
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    for frame, lineno, _ in _tb_entries(tb):
        yield frame, lineno


def _frames(frame_gen):
    for frame, lineno in frame_gen:
        yield frame, lineno, None


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line,
    locals (reprs), and the span of the instruction when known. It also
    behaves as the tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line, self._carets = line, ''
        if lookup_line:
            self.line  # read the source line now
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.locals) ==
                    (other.filename, other.lineno, other.name, other.locals))
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)

    @property
    def _original_line(self):
        # The line as read, indentation kept.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return None if self._line is None else self._line.strip()


def _limited(entries, limit):
    # The first limit entries, or the last -limit; None means
    # sys.tracebacklimit when set (a negative one counts as 0).
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None:
            limit = max(limit, 0)
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def _summarize(frame, lineno, tb, capture_locals):
    # One FrameSummary; a traceback entry also gives the instruction's
    # span and the caret line under the source.
    code = frame.f_code
    span = _positions(tb) if tb is not None else None
    if span is None:
        span = (None, None, None, None)
    fs = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                      locals=frame.f_locals if capture_locals else None,
                      end_lineno=span[1], colno=span[2], end_colno=span[3])
    if tb is not None:
        source = linecache.getline(code.co_filename, lineno)
        if source:
            fs._carets = _carets(tb, source.rstrip('\r\n'), lineno)
    return fs


def _repeated(count):
    extra = count - _RECURSIVE_CUTOFF
    if extra <= 0:
        return []
    return [f'  [Previous line repeated {extra} more time{"s" if extra > 1 else ""}]\n']


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        return klass._extract(_frames(frame_gen), limit=limit, lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _extract(klass, entries, *, limit=None, lookup_lines=True,
                 capture_locals=False):
        summary = klass(_summarize(f, n, tb, capture_locals)
                        for f, n, tb in _limited(list(entries), limit))
        for name in {fs.filename for fs in summary}:
            linecache.checkcache(name)
        if lookup_lines:
            for fs in summary:
                fs.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = '  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)
        if fs.line:
            text += '    %s\n%s' % (fs.line.strip(), getattr(fs, '_carets', ''))
        if fs.locals:
            text += ''.join('    %s = %s\n' % item for item in sorted(fs.locals.items()))
        return text

    def format(self):
        # A run of more than _RECURSIVE_CUTOFF identical entries shows
        # its first ones and a count of the rest.
        out = []
        run_key, run = None, 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == run_key:
                run += 1
            else:
                out.extend(_repeated(run))
                run_key, run = key, 1
            if run <= _RECURSIVE_CUTOFF:
                out.append(self.format_frame_summary(fs))
        out.extend(_repeated(run))
        return out


def _safely(get, fallback):
    try:
        return get()
    except Exception:
        return fallback


def _text_or_none(n):
    return None if n is None else str(n)


class TracebackException:
    """An exception captured for later formatting: its type, message,
    stack, notes, and the TracebackExceptions of its cause, context and
    (exception groups) members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self._exc, self._tb = exc_value, exc_traceback
        self._limit, self._capture_locals = limit, capture_locals
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.exc_type = exc_type
        self.stack = StackSummary._extract(_tb_entries(exc_traceback), limit=limit,
                                           lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = _safely(lambda: str(exc_value), '<exception str() failed>')
        self.__notes__ = _safely(lambda: getattr(exc_value, '__notes__', None), None)
        self._is_syntax_error = bool(exc_type) and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            e = exc_value
            self.filename, self.text, self.msg = e.filename, e.text, e.msg
            self.lineno, self.end_lineno = _text_or_none(e.lineno), _text_or_none(e.end_lineno)
            self.offset, self.end_offset = e.offset, e.end_offset
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__

        def nested(e):
            # The chained and grouped exceptions share the options and
            # the set of exceptions already seen (a cycle ends there).
            return TracebackException(type(e), e, e.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                      max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=seen)

        cause = None if exc_value is None else exc_value.__cause__
        context = None if exc_value is None else exc_value.__context__
        self.__cause__ = None
        if cause is not None and id(cause) not in seen:
            self.__cause__ = nested(cause)
        # compact: the context only where the display shows it.
        self.__context__ = None
        if not compact or (cause is None and not self.__suppress_context__):
            if context is not None and id(context) not in seen:
                self.__context__ = nested(context)
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [nested(e) for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

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

    def _chain(self, chain):
        # (link text, summary) pairs, outermost first: the text joins a
        # summary to the one shown after it.
        pairs = []
        te, met = self, set()
        while te is not None and id(te) not in met:
            met.add(id(te))
            link, after = None, None
            if chain and te.__cause__ is not None:
                link, after = _cause_message, te.__cause__
            elif chain and te.__context__ is not None and not te.__suppress_context__:
                link, after = _context_message, te.__context__
            pairs.append((link, te))
            te = after
        pairs.reverse()
        return pairs

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole display, as print_exception shows it."""
        if self._native():
            yield from _entries_of(_format_full(self._exc, chain))
            return
        for link, te in self._chain(chain):
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
        _write_all(self.format(chain=chain), file)
`
