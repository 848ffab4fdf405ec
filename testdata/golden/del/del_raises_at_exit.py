# An exception raised by __del__ while the interpreter exits is reported
# with "Exception ignored in", without source lines (CPython can no longer
# read them then).
class Finalizer:
    def __repr__(self):
        return "<Finalizer>"
    def __call__(self):
        raise ValueError("raised at exit")
class Holder:
    __del__ = Finalizer()
h = Holder()
def gen():
    try:
        yield 1
    finally:
        print("generator finally at exit")
it = gen()
next(it)
Holder()
print("end of script")
