# A KeyboardInterrupt of the main thread (here _thread.interrupt_main from
# another thread, as a Ctrl-C would ask it) while the main thread runs in
# another interpreter through a proxy operation stops the code running
# there, as it does for Interpreter.exec: it is raised in the owner, comes
# back through the proxy as KeyboardInterrupt (a built-in exception: the
# owner's traceback as a note) and is raised once; proxied calls run
# normally afterwards. PEP 797 is silent on signals: minipy's decision,
# docs/ARCHITECTURE.md "Shared object proxies" (Ctrl-C).
import _thread
import threading
from concurrent import interpreters as I

sub = I.create()
q = I.create_queue()
started = I.create_queue()
sub.prepare_main(q=q, started=started)
sub.exec("""
from concurrent import interpreters as I
def spin():
    started.put(1)
    n = 0
    while True:
        n += 1
def answer():
    return 42
q.put(I.SharedObjectProxy(spin))
q.put(I.SharedObjectProxy(answer))
""")
spin, answer = q.get(), q.get()

def interrupt_when_spinning():
    started.get()
    _thread.interrupt_main()

t = threading.Thread(target=interrupt_when_spinning)
t.start()
try:
    spin()
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
    print("raised in spin:", any("in spin" in n for n in e.__notes__))
t.join()
print(answer())
try:
    answer()
    print("no interrupt left behind")
except KeyboardInterrupt:
    print("a second KeyboardInterrupt")
del spin, answer
sub.close()
print("done")
