# An uncaught exception ends the process while interpreters are alive,
# one with a thread of its own still working: the traceback, the thread
# joined at the interpreter's finalization, exit status 1.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
fed = I.create_queue()
i.prepare_main(fed=fed)
i.exec("""
import threading
def work():
    print('i thread got', fed.get())
threading.Thread(target=work).start()
""")
j = I.create()
j.exec("x = 1")
fed.put("fed before the error")
raise RuntimeError("main fails with live interpreters")
