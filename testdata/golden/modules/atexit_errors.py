# An exception (SystemExit too) in an atexit callback is reported on
# stderr and the next callback runs; the exit status is unchanged.
import atexit
import sys


class Named:
    def __init__(self, name, action):
        self.name, self.action = name, action

    def __repr__(self):
        return "<callback %s>" % self.name

    def __call__(self):
        print("calling", self.name)
        self.action()


def boom():
    raise ValueError("boom")


def leave():
    sys.exit(3)


atexit.register(print, "first registered, last run")
atexit.register(Named("boom", boom))
atexit.register(Named("exit", leave))
atexit.register(Named("ok", lambda: None))

calls = []
atexit.register(calls.append, 1)
atexit._run_exitfuncs()
print("after _run_exitfuncs:", calls)
atexit.register(print, "cleared: never printed")
atexit._clear()
atexit.register(Named("div", lambda: 1 / 0))
print("end of script")
