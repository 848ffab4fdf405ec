# The process exits while daemon threads of main are inside two
# interpreters (one blocked on a queue, one in a busy loop): no crash, no
# hang; the running interpreters are left to the end of the process.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
j = I.create()
k = I.create()  # idle: closed at exit
q = I.create_queue()
started = I.create_queue()
i.prepare_main(q=q, started=started)
j.prepare_main(started=started)
t = threading.Thread(target=i.exec, args=("started.put(1)\nq.get()",), daemon=True)
t.start()
t2 = threading.Thread(target=j.exec, args=("started.put(2)\nwhile True: pass",), daemon=True)
t2.start()
print(sorted([started.get(), started.get()]))
print(i.is_running(), j.is_running(), k.is_running())
try:
    i.close()
except I.InterpreterError as e:
    print(type(e).__name__, e)
print("exit with daemon threads inside interpreters")
