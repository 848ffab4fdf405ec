# is_running: true only while a thread runs code in the interpreter's
# __main__ through exec or call; threads the interpreter started itself
# do not count. Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
print("idle", i.is_running())
go = I.create_queue()
ready = I.create_queue()
i.prepare_main(go=go, ready=ready)
i.exec("""
import threading
def own():
    ready.put('own thread waiting')
    go.get()
t = threading.Thread(target=own)
t.start()
""")
print(ready.get())
print("own thread only", i.is_running())
i.exec("print('exec while its own thread waits:', I_am := 'ok')")
go.put(1)
i.exec("t.join()")
print("after join", i.is_running())

t = threading.Thread(target=i.exec, args=("ready.put('in exec')\ngo.get()",))
t.start()
print(ready.get())
print("during exec", i.is_running(), I.get_main().is_running())
try:
    i.prepare_main(x=1)
except I.InterpreterError as e:
    print("prepare_main:", type(e).__name__, e)
go.put(2)
t.join()
print("after exec", i.is_running())

t = threading.Thread(target=i.call, args=(eval, "(ready.put('in call'), go.get())"))
t.start()
print(ready.get())
print("during call", i.is_running())
go.put(3)
t.join()
print("after call", i.is_running())
i.exec("""
from concurrent import interpreters as I
print('inside, itself:', I.get_current().is_running(), 'main:', I.get_main().is_running())
""")
# a nested exec: i runs j, both running meanwhile
j = I.create()
j.prepare_main(go=go, ready=ready)
i.prepare_main(jid=j.id)
t = threading.Thread(target=i.exec, args=("I.Interpreter(jid).exec('ready.put(1)\\ngo.get()')",))
t.start()
ready.get()
print("nested", i.is_running(), j.is_running())
for name, x in (("i", i), ("j", j)):
    try:
        x.close()
    except I.InterpreterError as e:
        print("close", name, type(e).__name__, e)
go.put(4)
t.join()
print("after nested", i.is_running(), j.is_running())
j.close()
i.close()
