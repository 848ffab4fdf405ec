package stdlib

// warnings in Python, written for minipy. There is no separate _warnings
// accelerator: this module holds the filter list, the default action and
// the "once" registry itself. The runtime's own warnings (the compiler's
// SyntaxWarnings, vm.Thread.WarnExplicit) come here through
// warn_explicit once the module is imported, so catch_warnings and
// simplefilter("error") see them as they see warnings raised by Python
// code; before that the runtime prints them as the default filters would.
//
// A filter is a tuple (action, message regex or None, category, module
// regex or None, lineno), as in CPython; the default filters name the
// module "__main__" as a plain string, which matches by equality.

func init() {
	addFrozen("warnings", "Python part of the warnings subsystem.", warningsSource)
}

const warningsSource = `
import sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    # Every per-module registry remembers the version it was filled under;
    # a stale one is emptied at its next use.
    global _filters_version
    _filters_version += 1


# ---- showing ----

def _line_of(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _format_text(message, category, filename, lineno, line):
    parts = ["%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)]
    if line is None:
        line = _line_of(filename, lineno)
    if line:
        parts.append("  %s\n" % line.strip())
    return "".join(parts)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _format_text(message, category, filename, lineno, line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _write_warning(WarningMessage(message, category, filename, lineno, file, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _text_of(msg):
    if formatwarning is not _formatwarning_orig:
        # A program replaced formatwarning: it formats every warning.
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _format_text(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _write_warning(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _text_of(msg)
    try:
        out.write(text)
    except OSError:
        pass


def _showwarnmsg_impl(msg):
    _write_warning(msg)


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- filters ----

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    msg_re = mod_re = None
    if message or module:
        import re
        if message:
            msg_re = re.compile(message, re.I)
        if module:
            mod_re = re.compile(module)
    _insert_filter((action, msg_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    _insert_filter((action, None, category, None, lineno), append)


def _insert_filter(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    del filters[:]
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _action_for(text, category, module, lineno):
    for entry in filters:
        act, msg_re, cat, mod_re, line = entry
        if (_matches(msg_re, text) and issubclass(category, cat)
                and _matches(mod_re, module) and (line == 0 or line == lineno)):
            return act
    return defaultaction


# ---- issuing ----

def _caller_context(stacklevel):
    # The frame stacklevel levels above warn()'s caller; a level past the
    # outermost frame reports as CPython does, from "sys" line 1.
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, "sys", 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    globals, filename, lineno = _caller_context(max(stacklevel, 1))
    module = globals.get('__name__', "<string>") if isinstance(globals, dict) else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Low-level interface to warnings functionality."""
    lineno = _index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None:
        if registry.get('version', 0) != _filters_version:
            registry.clear()
            registry['version'] = _filters_version
        if registry.get(key):
            return
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        if registry is not None:
            registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        if registry is not None:
            registry[key] = 1
            if registry.get((text, category, 0)):
                return
            registry[(text, category, 0)] = 1
    elif action == "default":
        if registry is not None:
            registry[key] = 1
    elif action != "always":
        raise RuntimeError(
              "Unrecognized action (%r) in warnings.filters:\n %s" %
              (action, (action,)))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved_filters = mod.filters
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        self._saved_show = mod.showwarning
        self._saved_showmsg = mod._showwarnmsg_impl
        if self._filter is not None:
            mod.simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # A recording context ignores a replaced showwarning.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._saved_filters
        mod._filters_mutated()
        mod.showwarning = self._saved_show
        mod._showwarnmsg_impl = self._saved_showmsg

`
