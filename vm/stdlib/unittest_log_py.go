package stdlib

// unittest._log: TestCase.assertLogs and assertNoLogs, written for
// minipy over its logging module. The logger under watch gets a single
// capturing handler for the block (its own handlers, level and
// propagation are put back after), so that exactly its records at or
// above the level are seen, formatted as "LEVEL:name:message" as in
// CPython.

func init() {
	unittestModules = append(unittestModules, struct{ name, src string }{"unittest._log", unittestLogSource})
}

const unittestLogSource = `"""assertLogs and assertNoLogs: watch a logger for the length of a block."""

from collections import namedtuple as _namedtuple
import logging as _logging

__unittest = True

# What assertLogs' "as" target is: the records and their formatted lines.
_LoggingWatcher = _namedtuple("_LoggingWatcher", "records output")


class _CapturingHandler(_logging.Handler):
    """Keeps every record it is given, and its formatted line."""

    def __init__(self, level):
        _logging.Handler.__init__(self, level)
        self.setFormatter(_logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
        self.watcher = _LoggingWatcher(records=[], output=[])

    def flush(self):
        pass  # nothing buffered

    def emit(self, rec):
        w = self.watcher
        w.records.append(rec)
        w.output.append(self.format(rec))


def _level_of(level):
    # None or '' means INFO; a name ('INFO') becomes its number; anything
    # else is left for setLevel to accept or reject, as in CPython.
    if not level:
        return _logging.INFO
    return _logging._nameToLevel.get(level, level)


class _AssertLogsContext:
    """What assertLogs (expect_none False) and assertNoLogs (True) return."""

    def __init__(self, case, target, level, no_logs):
        self._case, self._target = case, target
        self.level = _level_of(level)
        self._expect_none = no_logs
        self.msg = None

    def __enter__(self):
        t = self._target
        self.logger = t if isinstance(t, _logging.Logger) else _logging.getLogger(t)
        h = _CapturingHandler(self.level)
        self.watcher = h.watcher
        lg = self.logger
        # Only the capturing handler sees the block's records, at the
        # watched level, and nothing goes up to the ancestors.
        self._before = (list(lg.handlers), lg.level, lg.propagate)
        lg.handlers, lg.propagate = [h], False
        lg.setLevel(self.level)
        return None if self._expect_none else h.watcher

    def __exit__(self, etype, evalue, etb):
        lg = self.logger
        lg.handlers, old_level, lg.propagate = self._before
        lg.setLevel(old_level)
        if etype is None:
            got = self.watcher.records
            if self._expect_none and got:
                self._flunk("Unexpected logs found: %r" % (self.watcher.output,))
            if not self._expect_none and not got:
                self._flunk("no logs of level %s or higher triggered on %s"
                            % (_logging.getLevelName(self.level), lg.name))
        return False

    def _flunk(self, what):
        c = self._case
        raise c.failureException(c._formatMessage(self.msg, what))
`
