# Daemon threads still run during the atexit callbacks (stopped after them).
import threading, atexit, queue, time
q = queue.Queue()
out = []
def worker():
    while True:
        x = q.get()
        if x is None: break
        out.append(x)
    print("worker got", out)
t = threading.Thread(target=worker, daemon=True)
t.start()
def stop():
    q.put(1); q.put(None); t.join(); print("joined daemon in atexit")
atexit.register(stop)
print("main")
