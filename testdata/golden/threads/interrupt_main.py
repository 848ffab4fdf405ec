# _thread.interrupt_main: the main thread raises KeyboardInterrupt at its
# next check, here in a loop that never blocks.
import _thread

go = False

def poke():
    while not go:
        pass
    _thread.interrupt_main()

_thread.start_new_thread(poke, ())
try:
    n = 0
    while True:
        go = True
        n += 1
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
