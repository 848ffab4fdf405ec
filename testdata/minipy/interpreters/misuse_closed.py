# Every method of a closed interpreter, including through new handles
# and from another interpreter, raises InterpreterNotFoundError.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

threading.excepthook = lambda a: print("  in the thread:", a.exc_type.__name__, a.exc_value)

i = I.create()
j = I.create()
j.exec("from concurrent import interpreters as I")
iid = i.id
i.close()
ops = [
    ("exec str", lambda: i.exec("pass")),
    ("exec code", lambda: i.exec(compile("pass", "s", "exec"))),
    ("exec func", lambda: i.exec(lambda: None)),
    ("call", lambda: i.call(print)),
    ("call bad", lambda: i.call(42)),
    ("call_in_thread", lambda: i.call_in_thread(print).join()),
    ("prepare_main", lambda: i.prepare_main(a=1)),
    ("prepare_main empty", lambda: i.prepare_main()),
    ("prepare_main bad", lambda: i.prepare_main(a=[])),
    ("close", i.close),
    ("is_running", i.is_running),
    ("Interpreter(id)", lambda: I.Interpreter(iid)),
]
for name, f in ops:
    try:
        f()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__, e)
print(i.id, i.whence, repr(i))
print(i in I.list_all())
j.prepare_main(iid=iid)
j.exec("""
for name, f in [('Interpreter', lambda: I.Interpreter(iid))]:
    try:
        f()
    except Exception as e:
        print('in j', name, type(e).__name__, e)
""")
j.close()
try:
    j.exec("pass")
except I.InterpreterNotFoundError as e:
    print(type(e).__name__, e)
