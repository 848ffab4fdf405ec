# sys._immortalize is thread-safe: N threads immortalizing the same
# object at once get exactly one 1 (the first) and N-1 zeros; repeated
# for several objects and kinds.
import sys
import threading

N = 8
def race(obj):
    barrier = threading.Barrier(N)
    results = []
    lock = threading.Lock()
    def imm():
        barrier.wait()
        r = sys._immortalize(obj)
        with lock:
            results.append(r)
    ts = [threading.Thread(target=imm) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(results)

class Thing:
    pass

for obj in [Thing(), [1, 2, 3], {"a": 1}, "a str built at run time".upper(), (1, [2]), Thing]:
    print(type(obj).__name__, race(obj), sys._immortalize(obj))
