# atexit callbacks run last-registered first at exit, with their arguments,
# after the script's last line; unregister removes every registration.
import atexit


def f(*args, **kwargs):
    print("f", args, sorted(kwargs.items()))


def g():
    print("g")


class Later:
    def __del__(self):
        print("Later.__del__ (module teardown, after atexit)")


keep = Later()
print(atexit.register(f) is f)
atexit.register(f, 1, 2, key="v")
atexit.register(g)
atexit.register(g)
atexit.unregister(g)
atexit.register(print, "print", "via", "atexit", sep="-")
n = atexit._ncallbacks()
atexit.register(lambda: print("lambda, registered last, runs first"))
print(atexit._ncallbacks() - n)


def nested():
    print("nested registers another")
    atexit.register(lambda: print("registered during exit"))


atexit.register(nested)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
print("end of script")
