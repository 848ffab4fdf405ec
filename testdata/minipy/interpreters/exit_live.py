# The process exits with live interpreters, one running a thread it
# started and one running a call_in_thread: no crash; CPython warns about
# the remaining subinterpreters on stderr. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

a = I.create()
b = I.create()
c = I.create()
fed = I.create_queue()
a.prepare_main(fed=fed)
a.exec("""
import threading
def work():
    print('a thread got', fed.get())
threading.Thread(target=work).start()
""")
b.prepare_main(n=3)
b.exec("x = [n] * n")
q = I.create_queue()
c.prepare_main(q=q)
import time
t = c.call_in_thread(time.sleep, 0.1)
main_thread_done = threading.Event()


def main_side():
    main_thread_done.wait(1)


threading.Thread(target=main_side).start()
print("main ends")
fed.put("the last item")
main_thread_done.set()
