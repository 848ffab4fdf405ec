# semantics.md case 12: an immortal function registered with atexit still
# runs at exit; sys._immortalize(atexit) inside an atexit handler works,
# and the immortal module is destroyed at the end with zero blocks left.
import atexit
import sys


def handler(tag):
    print("handler", tag, "immortal:", sys._is_immortal(handler))
    print("immortalize atexit:", sys._immortalize(atexit), sys._immortalize(atexit))
    print(sys._is_immortal(atexit), atexit.unregister(print))


sys._immortalize(handler)
atexit.register(handler, "one")
atexit.register(lambda: print("lambda handler runs first"))
print("end")
