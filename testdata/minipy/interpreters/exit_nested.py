# The process exits while a daemon thread of main sleeps in one
# interpreter's call() and another is in an exec that runs a third
# interpreter's busy loop: no crash, no hang. Expected output: CPython
# 3.14's.
from concurrent import interpreters as I
import threading
import time

a = I.create()
b = I.create()
started = I.create_queue()
b.prepare_main(started=started)
a.prepare_main(started=started)
threading.Thread(target=a.call, args=(time.sleep, 100), daemon=True).start()
t = threading.Thread(target=b.exec, args=("""
from concurrent import interpreters as I
c = I.create()
c.prepare_main(started=started)
c.exec("started.put('c')\\nwhile True: pass")
""",), daemon=True)
t.start()
print(started.get())
while not a.is_running():
    time.sleep(0.001)
print(a.is_running(), b.is_running(), len(I.list_all()))
print("exit")
