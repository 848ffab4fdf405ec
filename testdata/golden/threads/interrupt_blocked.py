# _thread.interrupt_main while the main thread blocks: it simulates the
# signal without waking the wait, so a join, a lock acquire or a sleep
# ends normally and KeyboardInterrupt is raised as it returns. (The
# helper thread waits a little after the event before it pokes, so that
# the main thread is inside the blocking call even when a loaded machine
# makes the interpreter switch threads right after go.set().)
import _thread
import threading
import time

log = []
go = threading.Event()
def poke_then_finish():
    go.wait()
    time.sleep(0.1)
    _thread.interrupt_main()
    time.sleep(0.05)
    log.append("thread done")

t = threading.Thread(target=poke_then_finish)
t.start()
try:
    go.set()
    t.join()
    log.append("after join")
except KeyboardInterrupt:
    print("KeyboardInterrupt in join", log, t.is_alive())

lock = threading.Lock()
lock.acquire()
go.clear()
def poke_then_release():
    go.wait()
    time.sleep(0.1)
    _thread.interrupt_main()
    time.sleep(0.05)
    log.append("released")
    lock.release()
t = threading.Thread(target=poke_then_release)
t.start()
try:
    go.set()
    lock.acquire()
    log.append("after acquire")
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire", log, lock.locked())
t.join()
lock.release()

go.clear()
def poke():
    go.wait()
    time.sleep(0.1)
    _thread.interrupt_main()
t = threading.Thread(target=poke)
t.start()
try:
    go.set()
    time.sleep(0.2)
    log.append("after sleep")
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep", log)
t.join()

# An RLock taken by the interrupted acquire stays owned.
r = threading.RLock()
go.clear()
def hold_then_poke():
    with r:
        go.set()
        time.sleep(0.2)
        _thread.interrupt_main()
        time.sleep(0.05)
t = threading.Thread(target=hold_then_poke)
t.start()
go.wait()
try:
    r.acquire()
    log.append("after rlock")
except KeyboardInterrupt:
    print("KeyboardInterrupt in RLock acquire", r._is_owned())
r.release()
t.join()
print(log)
