# Misuse of concurrent.interpreters: closed, main and unknown
# interpreters. Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
i.close()
for name, f in [("exec", lambda: i.exec("pass")), ("call", lambda: i.call(print)),
                ("prepare_main", lambda: i.prepare_main(a=1)), ("close", i.close),
                ("is_running", i.is_running)]:
    try:
        f()
    except I.InterpreterNotFoundError as e:
        print(name, type(e).__name__, e, isinstance(e, I.InterpreterError))

m = I.get_main()
for name, f in [("exec", lambda: m.exec("pass")), ("close", m.close),
                ("call", lambda: m.call(print)), ("prepare_main", lambda: m.prepare_main(a=1))]:
    try:
        f()
    except I.InterpreterError as e:
        print(name, type(e).__name__, e)
print(m.is_running())

for bad in ["1", 1.0, None]:
    try:
        I.Interpreter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    I.Interpreter(10**6)
except I.InterpreterNotFoundError as e:
    print(type(e).__name__, e)
print(I.Interpreter(0) is m)

j = I.create()
try:
    j.call(42)
except TypeError as e:
    print(type(e).__name__, e)
j.exec("""
from concurrent import interpreters as I
try:
    I.get_current().close()
except I.InterpreterError as e:
    print(type(e).__name__, e)
print(I.get_current(), I.get_current().whence, I.get_main(), I.list_all())
print(I.get_current().is_running(), I.get_main().is_running())
""")
print(j.is_running())
j.close()
print([c.__name__ for c in I.InterpreterNotFoundError.__mro__])
print([c.__name__ for c in I.NotShareableError.__mro__])
print(I.InterpreterError.__module__, I.NotShareableError.__module__, I.ExecutionFailed.__module__)
