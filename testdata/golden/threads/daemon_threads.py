# Daemon threads: the flag's default (inherited from the creating
# thread), setting it before start, and at exit: non-daemon threads are
# joined (their output comes after the main script's), daemon threads
# blocked on a lock, an event, a queue or a sleep are dropped silently.
import threading
import queue
import time

print(threading.current_thread().daemon, threading.Thread().daemon)
t = threading.Thread(daemon=True)
print(t.daemon, threading.Thread(daemon=False).daemon)
t.daemon = False
print(t.daemon)

inherited = []
def spawn():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)
for d in (True, False):
    s = threading.Thread(target=spawn, daemon=d)
    s.start()
    s.join()
print(inherited)

started = threading.Semaphore(0)
def blocked_lock():
    lk = threading.Lock()
    lk.acquire()
    started.release()
    lk.acquire()
    print("never")
def blocked_event():
    started.release()
    threading.Event().wait()
    print("never")
def blocked_queue():
    started.release()
    queue.Queue().get()
    print("never")
def sleeping():
    started.release()
    while True:
        time.sleep(0.005)
def busy():
    started.release()
    n = 0
    while True:
        n += 1
daemons = [threading.Thread(target=f, daemon=True) for f in (blocked_lock, blocked_event, blocked_queue, sleeping, busy)]
for d in daemons:
    d.start()
for d in daemons:
    started.acquire()
print(threading.active_count(), sum(t.daemon for t in threading.enumerate()))

# Each non-daemon thread waits for the previous one, after a sleep.
turns = [threading.Event() for _ in range(4)]
def finisher(i):
    turns[i].wait()
    time.sleep(0.01)
    print("non-daemon", i, "finished")
    turns[i + 1].set()
for i in range(3):
    threading.Thread(target=finisher, args=(i,)).start()
print("main script ends")
turns[0].set()
