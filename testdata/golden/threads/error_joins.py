# An uncaught exception in the main thread is reported, then non-daemon
# threads are joined (still listed by enumerate), then atexit; status 1.
import threading, sys, time, atexit
atexit.register(print, "atexit ran")
go = threading.Event()
def late():
    go.wait()
    time.sleep(0.02)
    print("thread finished", threading.active_count(), [t.name for t in threading.enumerate()])
threading.Thread(target=late, name="L").start()
go.set()
sys.stdout.flush()
1/0
