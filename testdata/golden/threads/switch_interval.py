# sys.setswitchinterval / getswitchinterval: values kept as floats, bad
# values refused; CPU-bound threads still share the interpreter.
import sys
import threading

print(sys.getswitchinterval())
for v in (0.001, 1, 0.5, 1e-6, 10 ** 3, True):
    sys.setswitchinterval(v)
    print(repr(v), sys.getswitchinterval())
for bad in (0, -1, 0.0, -0.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("1", None, [1]):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.getswitchinterval(1)
except TypeError as e:
    print("TypeError", e)
try:
    sys.setswitchinterval(interval=1)
except TypeError as e:
    print("TypeError", e)
print(sys.getswitchinterval())

# Two CPU-bound threads that never block: each runs until it has seen
# the other's counter move three times while it was itself running,
# which only ends if the interpreter switches between them.
sys.setswitchinterval(0.0005)
progress = [0, 0]
changes = [0, 0]
def spin(i):
    last = progress[1 - i]
    while changes[i] < 3 or changes[1 - i] < 3:
        progress[i] += 1
        now = progress[1 - i]
        if now != last:
            changes[i] += 1
            last = now
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(changes[0] >= 3, changes[1] >= 3)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
