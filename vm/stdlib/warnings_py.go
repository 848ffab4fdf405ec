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
# Every per-module registry remembers the filters' version it was filled
# under; a stale one is emptied at its next use.
_version = [1]


def _filters_mutated():
    _version[0] += 1


# ---- showing ----

def _line_of(filename, lineno):
    import linecache
    try:
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _format_text(message, category, filename, lineno, line):
    head = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    src = _line_of(filename, lineno) if line is None else line
    return head + "  " + src.strip() + "\n" if src else head


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning as the default showwarning writes it."""
    return _format_text(message, category, filename, lineno, line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); programs may replace it."""
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


_showwarnmsg_impl = _write_warning


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

def _check(*tests):
    # The filter functions' argument checks, CPython's assertions.
    for ok, why in tests:
        if not ok:
            raise AssertionError(why)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Put a filter at the front of the list (or at its end with append)."""
    _check((action in _ACTIONS, "invalid action: %r" % (action,)),
           (isinstance(message, str), "message must be a string"),
           (isinstance(category, type), "category must be a class"))
    _check((issubclass(category, Warning), "category must be a Warning subclass"),
           (isinstance(module, str), "module must be a string"),
           (isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"))
    import re
    msg_re = re.compile(message, re.I) if message else None
    mod_re = re.compile(module) if module else None
    _insert_filter((action, msg_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter matching every message and module in the list."""
    _check((action in _ACTIONS, "invalid action: %r" % (action,)),
           (isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"))
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
    """Remove every filter."""
    filters.clear()
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    return pattern == text if type(pattern) is str else bool(pattern.match(text))


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
    """Issue a warning (shown, ignored or raised, as the filters say)."""
    cat = type(message) if isinstance(message, Warning) else category or UserWarning
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(cat).__name__))
    where, filename, lineno = _caller_context(max(stacklevel, 1))
    modname = where.get('__name__', "<string>")
    reg = where.setdefault("__warningregistry__", {})
    warn_explicit(message, cat, filename, lineno, modname, reg, where, source)


def _seen(registry, key):
    # Whether registry has key; a registry from older filters is emptied.
    if registry.get('version', 0) != _version[0]:
        registry.clear()
        registry['version'] = _version[0]
    return bool(registry.get(key))


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning at an explicit location."""
    lineno = _index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key):
        return
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action not in _ACTIONS:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, (action,)))
    if action != "always" and registry is not None:
        registry[key] = 1
    if action == "once":
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module" and registry is not None:
        anywhere = (text, category, 0)
        if registry.get(anywhere):
            return
        registry[anywhere] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attr, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attr, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


class catch_warnings(object):
    """Saves the filters and showwarning on entry and puts them back on exit;
    with record=True, collects the warnings shown meanwhile in a list."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._rec = record
        self._mod = module if module is not None else sys.modules['warnings']
        self._used = False
        self._apply = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = ["record=True"] if self._rec else []
        if self._mod is not sys.modules['warnings']:
            shown.append("module=%r" % (self._mod,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._used:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._used = True
        mod = self._mod
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = list(mod.filters)
        mod._filters_mutated()
        if self._apply:
            mod.simplefilter(*self._apply)
        if not self._rec:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # A recording context ignores a replaced showwarning.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._used:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._mod
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()
`
