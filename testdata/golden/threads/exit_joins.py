# sys.exit in the main thread: non-daemon threads are joined first (the
# main thread no longer alive for them), then atexit, then the exit code.
import threading, sys, time, atexit
atexit.register(print, "atexit ran")
go = threading.Event()
def late():
    go.wait()
    time.sleep(0.02)
    print("thread finished, main was", threading.main_thread().is_alive())
threading.Thread(target=late).start()
print("main raises")
go.set()
raise SystemExit(3)
