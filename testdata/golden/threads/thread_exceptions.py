# Uncaught exceptions in threads: the default threading.excepthook prints
# "Exception in thread NAME:" and the traceback to stderr. The hook here
# drops the frames of threading.py itself (whose paths differ between
# implementations) and hands the rest to the default hook. (The default
# hook prints the exception's own __traceback__, never args.exc_traceback.)
import sys
import threading

def here_only(args):
    tb = args.exc_traceback
    while tb is not None and tb.tb_frame.f_code.co_filename != __file__:
        tb = tb.tb_next
    args.exc_value.__traceback__ = tb
    threading.__excepthook__(args)

threading.excepthook = here_only

def fail(kind, msg):
    raise kind(msg)

t = threading.Thread(target=fail, args=(ValueError, "from a target"), name="Target")
t.start()
t.join()
sys.stderr.flush()
print("after target", t.is_alive())

class Runner(threading.Thread):
    def run(self):
        helper(3)

def helper(n):
    if n == 0:
        {}["missing"]
    helper(n - 1)

r = Runner(name="Sub")
r.start()
r.join()
sys.stderr.flush()
print("after subclass")

# Chained exceptions are printed with their cause and context.
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
t = threading.Thread(target=chained, name="Chained")
t.start()
t.join()
sys.stderr.flush()

def context():
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
t = threading.Thread(target=context, name="Context")
t.start()
t.join()
sys.stderr.flush()

# SystemExit is silent; the thread still ends.
t = threading.Thread(target=sys.exit, args=("bye",))
t.start()
t.join()
sys.stderr.flush()
print("SystemExit silent", t.is_alive())

# Without a traceback the default hook prints only the exception line.
threading.__excepthook__(threading.ExceptHookArgs((KeyError, KeyError("k"), None, t)))
threading.__excepthook__(threading.ExceptHookArgs((OSError, OSError(2, "gone"), None, t)))
# The traceback given is not printed, with or without the exception's own.
try:
    fail(OSError, "with tb")
except OSError as e:
    tb = e.__traceback__
    e.__traceback__ = None
    threading.__excepthook__(threading.ExceptHookArgs((OSError, e, tb, t)))
    e.__traceback__ = tb.tb_next
    threading.__excepthook__(threading.ExceptHookArgs((OSError, e, tb, t)))
sys.stderr.flush()

# A custom hook sees every field.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, args.exc_value.args, args.exc_traceback.tb_frame.f_code.co_name is not None,
                 args.thread is threading.current_thread(), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=fail, args=(KeyError, "key"), name="Hooked")
t.start()
t.join()
print(seen, type(seen and seen[0]))
print(threading.__excepthook__ is not hook, threading.ExceptHookArgs.__name__)
