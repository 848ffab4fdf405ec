package stdlib

// logging in Python, written for minipy from the documented behaviour:
// levels and their names, LogRecord, the three format styles, Filter and
// Filterer, Handler with StreamHandler, FileHandler and NullHandler, the
// logger tree kept by a Manager (placeholders for names seen only as
// parents), LoggerAdapter, basicConfig, lastResort, disable and
// captureWarnings. logging is a package in CPython; here it has an empty
// __path__, so "import logging.handlers" fails as a missing submodule.
//
// findCaller skips the frames of this module's own code (its functions'
// co_filename, "<frozen logging>"), so records name the program's line.

func init() {
	addFrozen("logging", "\nLogging package for Python. Based on PEP 282 and comments thereto in\ncomp.lang.python.\n\nCopyright (C) 2001-2019 Vinay Sajip. All Rights Reserved.\n\nTo use, simply 'import logging' and log away!\n", loggingSource)
}

const loggingSource = `
import sys, os, time, io, traceback, warnings, threading, weakref
from collections.abc import Mapping as _Mapping
from string import Template as _Template
from string import Formatter as _StrFormatter

__path__ = []

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# Module switches (CPython's names).
raiseExceptions = logThreads = logProcesses = logMultiprocessing = True

_start = time.time()

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL = CRITICAL
WARN = WARNING

_levelToName = {}
_nameToLevel = {}
for _lv, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                 (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _levelToName[_lv] = _nm
    _nameToLevel[_nm] = _lv
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
_nameToLevel = {k: _nameToLevel[k] for k in
                ('CRITICAL', 'FATAL', 'ERROR', 'WARN', 'WARNING', 'INFO', 'DEBUG', 'NOTSET')}
del _lv, _nm

_lock = threading.RLock()


def _acquireLock():
    _lock.acquire()


def _releaseLock():
    _lock.release()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or "Level N"."""
    for table in (_levelToName, _nameToLevel):
        if level in table:
            return table[level]
    return f"Level {level}"


def addLevelName(level, levelName):
    """Give level the name levelName (both ways)."""
    with _lock:
        _levelToName[level], _nameToLevel[levelName] = levelName, level


def _checkLevel(level):
    if type(level) is int or isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


def currentframe():
    return sys._getframe(1)


_srcfile = currentframe.__code__.co_filename


def _is_internal_frame(frame):
    return frame.f_code.co_filename == _srcfile


# ---- records ----

class LogRecord(object):
    """A LogRecord instance represents an event being logged."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # A single non-empty mapping argument serves %(key)s formats.
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        try:
            base = os.path.basename(pathname)
            mod = os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            base, mod = pathname, "Unknown module"
        self.__dict__.update(
            name=name, msg=msg, args=args,
            levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=base, module=mod,
            exc_info=exc_info, exc_text=None, stack_info=sinfo,
            lineno=lineno, funcName=func, created=now,
            msecs=int((now - int(now)) * 1000) + 0.0,
            relativeCreated=(now - _start) * 1000,
            thread=threading.get_ident() if logThreads else None,
            threadName=threading.current_thread().name if logThreads else None,
            processName='MainProcess' if logMultiprocessing else None,
            process=os.getpid() if logProcesses else None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """Return the message for this LogRecord, merged with its arguments."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_factory = [LogRecord]


def setLogRecordFactory(factory):
    """Make factory the callable that makes LogRecords."""
    _factory[0] = factory


def getLogRecordFactory():
    """The callable that makes LogRecords."""
    return _factory[0]


def _logRecordFactory(*args, **kwargs):
    return _factory[0](*args, **kwargs)


def makeLogRecord(dict):
    """A LogRecord with the attributes of dict (a record sent over a wire)."""
    record = _factory[0](None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- formatting ----

class PercentStyle(object):

    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Check that the format has a %(name) field."""
        if not _has_percent_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


def _has_percent_field(fmt):
    # A %(name)... conversion: flags, width, precision, then a type letter.
    i = fmt.find('%(')
    while i >= 0:
        close = fmt.find(')', i + 2)
        if close < 0:
            return False
        name = fmt[i + 2:close]
        if name and all(c.isalnum() or c == '_' for c in name):
            j = close + 1
            while j < len(fmt) and fmt[j] in '#0+ -':
                j += 1
            if j < len(fmt) and fmt[j] == '*':
                j += 1
            else:
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
            if j < len(fmt) and fmt[j] == '.':
                j += 1
                if j < len(fmt) and fmt[j] == '*':
                    j += 1
                else:
                    while j < len(fmt) and fmt[j].isdigit():
                        j += 1
            if j < len(fmt) and fmt[j] in 'diouxefgcrsa%':
                return True
        i = fmt.find('%(', i + 2)
    return False


class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Check the {} fields of the format."""
        named = 0
        try:
            for _, field, _, conv in _StrFormatter().parse(self._fmt):
                if field:
                    if not field.split('.')[0].split('[')[0].isidentifier():
                        raise ValueError('invalid field name/expression: %r' % field)
                    named += 1
                if conv and conv not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conv)
        except ValueError as why:
            raise ValueError('invalid format: %s' % why)
        if not named:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        named = False
        for m in _Template.pattern.finditer(self._fmt):
            parts = m.groupdict()
            if parts['named'] or parts['braced']:
                named = True
            elif parts['invalid'] is not None and self._fmt[m.start()] == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style -> (its class, basicConfig's default format in it)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT)}
_STYLES['{'] = (StrFormatStyle, BASIC_FORMAT.replace('%(', '{').replace(')s', '}'))
_STYLES['$'] = (StringTemplateStyle, BASIC_FORMAT.replace('%(', '${').replace(')s', '}'))


class Formatter(object):
    """Formatter instances are used to convert a LogRecord to text."""

    converter = time.localtime
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        try:
            style_class = _STYLES[style][0]
        except KeyError:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES)) from None
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt, self.datefmt = self._style._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text (datefmt, or the default with milliseconds)."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        """Format and return the specified exception information as a string."""
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        out.close()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: the formatted message, then any traceback and stack."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for tail in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if tail:
                out = (out if out.endswith("\n") else out + "\n") + tail
        return out


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """A formatter suitable for formatting a number of records."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---- filters ----

class Filter(object):
    """Filter instances are used to perform arbitrary filtering of LogRecords."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        """Is the specified record to be logged?"""
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer(object):
    """What loggers and handlers share: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters += [filter]

    def removeFilter(self, filter):
        try:
            self.filters.remove(filter)
        except ValueError:
            pass

    def filter(self, record):
        """False when one of the filters (objects with filter(), or callables) rejects the record."""
        return all((f.filter if hasattr(f, 'filter') else f)(record) for f in self.filters)


# ---- handlers ----

_handlers = {}
_handlerList = []   # weak references, oldest first: shutdown's order


def _forget_handler(ref, lock=_lock, refs=_handlerList):
    # A weakref callback may run while the interpreter finalizes, after
    # the module's globals are gone: it uses its own references.
    with lock:
        if ref in refs:
            refs.remove(ref)


class Handler(Filterer):
    """Base of the handlers: a level, a formatter, filters and a lock;
    subclasses write records in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.__dict__.update(_name=None, level=_checkLevel(level), formatter=None, _closed=False)
        self.createLock()
        with _lock:
            _handlerList.append(weakref.ref(self, _forget_handler))

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            _handlers.pop(self._name, None)
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Set the handler's threshold."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by this handler's formatter or the default one."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        """Write the record (subclasses do)."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters pass it; returns whether they did."""
        if not self.filter(record):
            return False
        with self.lock:
            self.emit(record)
        return True

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised in emit() on sys.stderr (when raiseExceptions)."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, value, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(etype, value, tb, None, err)
            err.write('Call stack:\n')
            # The caller's frames: out of this module's first.
            f = tb.tb_frame if tb is not None else None
            while f is not None and _is_internal_frame(f):
                f = f.f_back
            if f is None:
                err.write(f'Logged from file {record.filename}, line {record.lineno}\n')
            else:
                traceback.print_stack(f, file=err)
            try:
                err.write(f'Message: {record.msg!r}\nArguments: {record.args}\n')
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible '
                          'formatting error.\nUse the traceback above to help find the error.\n')
        except OSError:
            pass
        finally:
            etype = value = tb = None

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record, then terminator, to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream if stream is not None else sys.stderr

    def flush(self):
        with self.lock:
            out = self.stream
            if out and hasattr(out, "flush"):
                out.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replace the stream (flushing the old one, which is returned)."""
        if stream is self.stream:
            return None
        with self.lock:
            self.flush()
            old, self.stream = self.stream, stream
        return old

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler over a file it opens (at once, or at the first record with delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        path = os.path.abspath(os.fspath(filename))
        if "b" not in mode and encoding is None:
            encoding = "utf-8"
        self.__dict__.update(baseFilename=path, mode=mode, encoding=encoding,
                             errors=errors, delay=delay, _builtin_open=open)
        Handler.__init__(self)
        self.stream = None if delay else self._open()

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def close(self):
        with self.lock:
            try:
                f = self.stream
                if f:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(f, "close"):
                            f.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        # A closed "w" handler does not reopen (and truncate) its file.
        if self.stream is None and not (self.mode == 'w' and self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is at the time of the write."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    stream = property(lambda self: sys.stderr)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """This handler does nothing."""

    def handle(self, record):
        """Stub."""

    def emit(self, record):
        """Stub."""

    def createLock(self):
        self.lock = None


# ---- the logger tree ----

class PlaceHolder(object):
    """Stands in the tree for a logger name seen only as a parent."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    """Set the class to be used when instantiating a logger."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class to be used when instantiating a logger."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Get a logger with the specified name (channel name), creating it
        if it doesn't yet exist."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if isinstance(found, Logger):
                return found
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            if isinstance(found, PlaceHolder):
                self._adopt_children(found, rv)
            self._link_parent(rv)
            return rv

    def setLoggerClass(self, klass):
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_parent(self, alogger):
        # The nearest existing ancestor is the parent; the missing ones
        # between get placeholders that remember the logger.
        name = alogger.name
        parent = None
        i = name.rfind(".")
        while i > 0 and parent is None:
            prefix = name[:i]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            i = name.rfind(".", 0, i - 1)
        alogger.parent = parent if parent is not None else self.root

    def _adopt_children(self, ph, alogger):
        # Loggers that waited under a placeholder now hang from alogger,
        # unless a closer ancestor already took them.
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(alogger.name):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """Instances of the Logger class represent a single logging channel."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the logging level of this logger."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
            "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """An ERROR record with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """A record at the integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """Find the stack frame of the caller so that we can note the source
        file name, line number and function name."""
        f = sys._getframe(0)
        # Out of this module's frames first, then stacklevel-1 more.
        while f is not None and _is_internal_frame(f):
            f = f.f_back
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 1 and f.f_back is not None:
            f = f.f_back
            if not _is_internal_frame(f):
                stacklevel -= 1
        sinfo = None
        if stack_info:
            out = io.StringIO()
            out.write("Stack (most recent call last):\n")
            traceback.print_stack(f, file=out)
            sinfo = out.getvalue()
            if sinfo.endswith('\n'):
                sinfo = sinfo[:-1]
        return f.f_code.co_filename, f.f_lineno, f.f_code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """A factory method which can be overridden in subclasses to create
        specialized LogRecords."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Call the handlers for the specified record."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Add the specified handler to this logger."""
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Remove the specified handler from this logger."""
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """See if this logger has any handlers configured."""
        node = self
        while node:
            if node.handlers:
                return True
            node = node.parent if node.propagate else None
        return False

    def callHandlers(self, record):
        """Pass a record to all relevant handlers."""
        node = self
        seen = 0
        while node:
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            node = node.parent if node.propagate else None
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write("No handlers could be found for logger"
                             " \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """Get the effective level for this logger."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Is this logger enabled for level 'level'?"""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            pass
        with _lock:
            if self.manager.disable >= level:
                answer = False
            else:
                answer = level >= self.getEffectiveLevel()
            self._cache[level] = answer
        return answer

    def getChild(self, suffix):
        """Get a logger which is a descendant to this one."""
        if self.root is not self:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


def _level_method(level, name):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = method.__qualname__ = name
    method.__doc__ = "Log msg %% args at level %s." % getLevelName(level)
    return method


for _lv, _nm in ((DEBUG, 'debug'), (INFO, 'info'), (WARNING, 'warning'),
                 (ERROR, 'error'), (CRITICAL, 'critical')):
    setattr(Logger, _nm, _level_method(_lv, _nm))
Logger.fatal = Logger.critical
del _lv, _nm


class RootLogger(Logger):
    """The root logger: a logger like any other, but it is named "root"
    and has a level (WARNING) of its own."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """An adapter for loggers which makes it easier to specify contextual
    information in logging output."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def process(self, msg, kwargs):
        """Add the adapter's extra to the call's keyword arguments."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
            "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Pass the record to the logger, after process()."""
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    isEnabledFor = lambda self, level: self.logger.isEnabledFor(level)
    setLevel = lambda self, level: self.logger.setLevel(level)
    getEffectiveLevel = lambda self: self.logger.getEffectiveLevel()
    hasHandlers = lambda self: self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


def _adapter_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


for _lv, _nm in ((DEBUG, 'debug'), (INFO, 'info'), (WARNING, 'warning'),
                 (ERROR, 'error'), (CRITICAL, 'critical')):
    setattr(LoggerAdapter, _nm, _adapter_method(_lv, _nm))
del _lv, _nm

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---- configuration and module-level functions ----

def basicConfig(**kwargs):
    """Give the root logger a handler (a stream's, a file's, or those given)
    and a formatter, unless it has handlers already (or force)."""
    take = kwargs.pop
    with _lock:
        force, encoding, errors = take('force', False), take('encoding', None), take('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        given = take("handlers", None)
        to_file, to_stream = "filename" in kwargs, "stream" in kwargs
        if given is None and to_file and to_stream:
            raise ValueError("'stream' and 'filename' should not be "
                             "specified together")
        if given is not None and (to_file or to_stream):
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        if given is None:
            path, mode = take("filename", None), take("filemode", 'a')
            if path:
                given = [FileHandler(path, mode, encoding=encoding,
                                     errors=None if 'b' in mode else errors)]
            else:
                given = [StreamHandler(take("stream", None))]
        datefmt, style = take("datefmt", None), take("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
        shared = Formatter(take("format", _STYLES[style][1]), datefmt, style)
        for h in given:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        threshold = take("level", None)
        if threshold is not None:
            root.setLevel(threshold)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """Return a logger with the specified name, creating it if necessary."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_function(name):
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = "Log a message at level %s on the root logger (configuring it if needed)." % name.upper()
    return function


debug, info, warning, error, critical = map(_root_function, ('debug', 'info', 'warning', 'error', 'critical'))
fatal = critical


def exception(msg, *args, exc_info=True, **kwargs):
    """An ERROR on the root logger with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, "
        "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at an integer level on the root logger."""
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Disable all logging calls of severity 'level' and below."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close all handlers, last made first (called at exit)."""
    for ref in reversed(handlerList[:]):
        h = ref()
        if h is None:
            continue
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


_saved_showwarning = [None]


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # captureWarnings' hook: a warning becomes a WARNING record of
    # "py.warnings" (a warning written to an explicit file still goes there).
    if file is not None:
        original = _saved_showwarning[0]
        if original is not None:
            original(message, category, filename, lineno, file, line)
        return
    capture = getLogger("py.warnings")
    if not capture.handlers:
        capture.addHandler(NullHandler())
    capture.warning("%s", warnings.formatwarning(message, category, filename, lineno, line))


def captureWarnings(capture):
    """Send warnings to the "py.warnings" logger (or stop doing so)."""
    saved = _saved_showwarning
    if capture and saved[0] is None:
        saved[0], warnings.showwarning = warnings.showwarning, _showwarning
    elif not capture and saved[0] is not None:
        warnings.showwarning, saved[0] = saved[0], None
`
