package stdlib

// signal in Python over _signal (signal.go): the enums (Signals,
// Handlers, Sigmasks) and the functions that take and give them.

func init() {
	addFrozen("signal", "This module provides mechanisms to use signal handlers in Python.", signalSrc)
}

const signalSrc = `
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

def _members(test):
    found = [(v, k) for k, v in vars(_signal).items() if k.isupper() and test(k)]
    return [(k, v) for v, k in sorted(found)]

Signals = _IntEnum('Signals', _members(lambda k: k.startswith('SIG') and not k.startswith('SIG_')), module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', _signal.SIG_DFL), ('SIG_IGN', _signal.SIG_IGN)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _as(enum, value):
    try:
        return enum(value)
    except ValueError:
        return value


def signal(signalnum, handler):
    return _as(Handlers, _signal.signal(signalnum, handler))
signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    return _as(Handlers, _signal.getsignal(signalnum))
getsignal.__doc__ = _signal.getsignal.__doc__


def valid_signals():
    return {_as(Signals, n) for n in _signal.valid_signals()}
valid_signals.__doc__ = _signal.valid_signals.__doc__

del _IntEnum
`
