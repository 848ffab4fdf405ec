package stdlib

// timeit in Python, written for minipy: Timer compiles the statement and
// its setup into one timing function (as CPython does, so the setup's
// names are locals of the loop), timeit/repeat/autorange, and the module
// functions. The command-line interface (python -m timeit, main()) is
// not provided.

func init() {
	addFrozen("timeit", "Tool for measuring execution time of small code snippets.\n", timeitSource)
}

const timeitSource = `
import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, prefix):
    return src.replace("\n", "\n" + prefix)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer,
                 globals=None):
        """Constructor.  See class doc string."""
        self.timer = timer
        ns = {}
        env = _globals() if globals is None else globals
        params = ''
        if isinstance(setup, str):
            # The setup, and then the statement after it, must compile
            # outside the timing function too, so that a stray return or
            # yield is an error here.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup_text = _indent(setup, '    ')
        elif callable(setup):
            ns['_setup'] = setup
            params += ', _setup=_setup'
            prefix = ''
            setup_text = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt_text = _indent(stmt, '        ')
        elif callable(stmt):
            ns['_stmt'] = stmt
            params += ', _stmt=_stmt'
            stmt_text = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = ("def inner(_it, _timer%s):\n"
               "    %s\n"
               "    _t0 = _timer()\n"
               "    for _i in _it:\n"
               "        %s\n"
               "        pass\n"
               "    _t1 = _timer()\n"
               "    return _t1 - _t0\n") % (params, setup_text, stmt_text)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, env, ns)
        self.inner = ns["inner"]

    def print_exc(self, file=None):
        """Helper to print a traceback from the timed code."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement."""
        it = itertools.repeat(None, number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2."""
        i = 1
        while True:
            for step in (1, 2, 5):
                number = i * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
`
