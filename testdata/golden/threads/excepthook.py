# threading.excepthook: custom hooks, SystemExit ignored, the default
# hook's "Exception in thread NAME:" report (called directly, so that the
# traceback holds only this script's frames).
import sys
import threading

def boom(msg):
    raise ValueError(msg)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))
threading.excepthook = hook
t = threading.Thread(target=boom, args=("bad",), name="Bad")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="Quits")
t.start()
t.join()
print(caught, t.is_alive())
threading.excepthook = threading.__excepthook__

# The default hook says nothing for SystemExit.
t = threading.Thread(target=sys.exit)
t.start()
t.join()

args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, len(args))
print(repr(threading.ExceptHookArgs((1, 2, 3, 4))))
try:
    threading.ExceptHookArgs((1, 2))
except TypeError as e:
    print("TypeError", e)

try:
    boom("reported")
except ValueError as e:
    named = threading.Thread(name="Reporter")
    threading.excepthook(threading.ExceptHookArgs((type(e), e, e.__traceback__, named)))
sys.stderr.flush()

# A hook that fails goes to sys.excepthook.
def bad_hook(args):
    raise KeyError("hook")
seen = []
sys.excepthook = lambda *a: seen.append(a[0].__name__)
threading.excepthook = bad_hook
t = threading.Thread(target=boom, args=("again",))
t.start()
t.join()
print(seen)
