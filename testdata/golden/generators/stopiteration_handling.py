# StopIteration inside a generator becomes RuntimeError (PEP 479), and
# next() with a default avoids it.
def bad():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(bad()))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe(it):
    while True:
        v = next(it, None)
        if v is None:
            return
        yield v
print(list(safe(iter([1, 2]))))
class Once:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("iterator stop value")
print(list(Once()))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration args", e.args, e.value)
