# Closing an interpreter finalizes it: atexit callbacks, weakref
# finalizers, __del__ methods and threads run in it; closing at exit.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I

i = I.create()
i.exec("""
import atexit, weakref, threading
class D:
    def __del__(self):
        print('D.__del__ in the closed interpreter')
d = D()
cycle = [D()]
cycle.append(cycle)
class Obj:
    pass
o = Obj()
weakref.finalize(o, print, 'weakref.finalize callback')
atexit.register(print, 'atexit callback')
done = []
def slow():
    import time
    time.sleep(0.2)
    done.append(1)
    print('thread finished')
threading.Thread(target=slow).start()
""")
print("closing")
i.close()
print("closed")

# many create/close cycles
for n in range(20):
    j = I.create()
    j.exec("x = [1, 2, 3] * 10")
    j.close()
print(I.list_all())

# the last handle gone closes the interpreter
def make():
    k = I.create()
    k.exec("print('temporary interpreter', __name__)")
    return k.id
kid = make()
print([x.id for x in I.list_all()])

# interpreters alive at exit are closed (3.14 warns)
last = I.create()
last.exec("""
import atexit
atexit.register(print, 'atexit of the interpreter left open')
""")
print("end of main")
