# Closing an interpreter while threads started inside it with threading
# still run: close() waits for its non-daemon threads (as at the exit of
# an interpreter); daemon threads are refused in a subinterpreter.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
i.exec("""
import threading, time
done = []
def work(n):
    time.sleep(0.05)
    done.append(n)
    print('thread', n, 'done')
ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
    t.join()
print('started', len(ts))
""")
print("running", i.is_running())
i.close()
print("closed", I.list_all())

j = I.create()
q = I.create_queue()
j.prepare_main(q=q)
j.exec("""
import threading, time
def slow():
    time.sleep(0.1)
    q.put('slow thread finished')
t = threading.Thread(target=slow)
t.start()
""")
print("j running", j.is_running(), q.empty())
j.close()
print("after close:", q.get_nowait())

k = I.create()
try:
    k.exec("""
import threading
t = threading.Thread(target=print, daemon=True)
t.start()
""")
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
k.exec("""
import threading
t = threading.Thread(target=print)
try:
    t.daemon = True
except Exception as e:
    print(type(e).__name__, e)
""")
k.close()
# a thread inside the interpreter blocked on a queue: closing waits until
# main feeds it from another thread
import threading, time
m = I.create()
q2 = I.create_queue()
m.prepare_main(q=q2)
m.exec("""
import threading
def waiter():
    v = q.get()
    print('waiter got', v)
threading.Thread(target=waiter).start()
""")
feeder = threading.Timer(0.05, q2.put, args=("food",))
feeder.start()
m.close()
feeder.join()
print("end")
