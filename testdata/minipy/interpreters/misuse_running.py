# A running interpreter: a second exec/call refuses with "interpreter
# already running", close with "interpreter running", closing the current
# interpreter from inside is refused. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
go = I.create_queue()
started = I.create_queue()
i.prepare_main(go=go, started=started)
t = threading.Thread(target=i.exec, args=("started.put(1); go.get()",))
t.start()
started.get()
print("is_running", i.is_running())
ops = [
    ("exec", lambda: i.exec("pass")),
    ("exec code", lambda: i.exec(compile("pass", "s", "exec"))),
    ("exec bad syntax", lambda: i.exec("x = = 1")),
    ("call", lambda: i.call(print)),
    ("call 42", lambda: i.call(42)),
    ("prepare_main", lambda: i.prepare_main(a=1)),
    ("close", i.close),
]
for name, f in ops:
    try:
        f()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__, e)
hooked = []
threading.excepthook = lambda a: hooked.append((a.exc_type.__name__, str(a.exc_value)))
i.call_in_thread(print).join()
print(hooked)
go.put(None)
t.join()
print("is_running", i.is_running())
i.exec("print('a defined', 'a' in dir())")
# from inside: the current interpreter cannot close itself, nor exec into itself
i.exec("""
from concurrent import interpreters as I
me = I.get_current()
print('inside running', me.is_running())
for name, f in [('close', me.close), ('exec', lambda: me.exec('pass')), ('call', lambda: me.call(print))]:
    try:
        f()
        print(name, 'no error')
    except Exception as e:
        print('inside', name, type(e).__name__, e)
""")
# a subinterpreter's own subinterpreter running: close from main
i.exec("""
k = I.create()
print('k', k)
""")
k = I.Interpreter(2)
print(k.whence)
i.exec("k.close()")
print(I.list_all())
i.close()
