# The main interpreter (not created by the module): exec, call,
# prepare_main and close are refused with CPython's messages, from main
# and from a subinterpreter. Expected output: CPython 3.14's.
from concurrent import interpreters as I

m = I.get_main()
ops = [
    ("exec", lambda: m.exec("pass")),
    ("exec code", lambda: m.exec(compile("pass", "s", "exec"))),
    ("exec bad syntax", lambda: m.exec("x = = 1")),
    ("exec 42", lambda: m.exec(42)),
    ("call", lambda: m.call(print)),
    ("call 42", lambda: m.call(42)),
    ("call_in_thread", lambda: m.call_in_thread(print).join()),
    ("prepare_main", lambda: m.prepare_main(a=1)),
    ("prepare_main empty", lambda: m.prepare_main()),
    ("prepare_main bad", lambda: m.prepare_main(a=[1])),
    ("close", m.close),
]
import threading
threading.excepthook = lambda a: print("excepthook", a.exc_type.__name__, a.exc_value)
for name, f in ops:
    try:
        f()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__, e)
print(m.is_running(), m.id, m.whence)
i = I.create()
i.exec("""
from concurrent import interpreters as I
m = I.get_main()
for name, f in [('exec', lambda: m.exec('pass')), ('call', lambda: m.call(print)),
                ('prepare_main', lambda: m.prepare_main(a=1)), ('close', m.close)]:
    try:
        f()
    except Exception as e:
        print('from sub', name, type(e).__name__, e)
print('from sub main running', m.is_running())
""")
i.close()
