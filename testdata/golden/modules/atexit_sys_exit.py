# atexit callbacks run after sys.exit() in the script; the exit status is
# the script's; weakref.finalize runs at exit too.
import atexit
import sys
import weakref


class Res:
    pass


keep = Res()
weakref.finalize(keep, print, "finalize of keep at exit")
atexit.register(print, "atexit callback", sys.stdout is not None)


def cleanup(tag):
    print("cleanup", tag)
    sys.stdout.flush()


atexit.register(cleanup, "last registered")
print("exiting with 4")
sys.exit(4)
