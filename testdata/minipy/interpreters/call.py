# Interpreter.call and call_in_thread with what 3.14 supports without
# re-running the main script: builtins and importable callables (pickled),
# argument-less functions (sent as code), shareable and pickled values.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()
print(i.call(pow, 2, 10))
print(i.call(sorted, [3, 1, 2], reverse=True))
print(i.call(dict, a=1, b=[2]))
print(i.call(len, {1: 2, 3: 4}))
print(i.call(divmod, 10**30, 7))
print(i.call(str.upper, "abc"))
print(i.call(max, (1, 5, 3)))
print(i.call(frozenset, [1]))


def answer():
    return 42


def returns_list():
    return [1, "two", (3.0,)]


print(i.call(answer))
print(i.call(returns_list))

def boom():
    raise KeyError("k")


try:
    i.call(boom)
except I.ExecutionFailed as e:
    print("ExecutionFailed", e.excinfo.formatted, e.excinfo.type.__name__)
    print(e)

try:
    i.call(int, "x")
except I.ExecutionFailed as e:
    print("ExecutionFailed", e.excinfo.formatted)


def outer():
    y = 1

    def inner():
        return y
    return inner


try:
    i.call(outer())
except I.NotShareableError as e:
    print(type(e).__name__, e)

for bad in [42, "s", None]:
    try:
        i.call(bad)
    except TypeError as e:
        print(type(e).__name__, e)

t = i.call_in_thread(print, "printed", "in a thread")
t.join()
print(type(t).__name__)
t = i.call_in_thread(answer)
t.join()
print(t.is_alive())

results = []


def worker(n):
    results.append(i.call(pow, n, 2))


# a thread waiting to enter the interpreter while another runs in it
j = I.create()
threads = [threading.Thread(target=lambda n=n: results.append(j.call(pow, n, 2))) for n in range(1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
i.close()
j.close()
