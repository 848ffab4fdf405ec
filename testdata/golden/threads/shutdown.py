# At exit the main thread waits for non-daemon threads; daemon threads
# still running (sleeping, waiting on a lock, looping) are dropped.
import threading
import time
import _thread

printed = threading.Event()

def late():
    printed.wait()
    time.sleep(0.05)
    print("non-daemon thread finished after main")

def forever_sleep():
    while True:
        time.sleep(0.01)

def forever_wait():
    lk = threading.Lock()
    lk.acquire()
    lk.acquire()

def forever_spin():
    n = 0
    while True:
        n += 1

for fn in (forever_sleep, forever_wait, forever_spin):
    threading.Thread(target=fn, daemon=True).start()
_thread.start_new_thread(forever_sleep, ())
threading.Thread(target=late).start()
print("main done")
printed.set()
