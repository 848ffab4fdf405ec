# Exceptions crossing from proxied calls made by threads: each thread's
# exception is its own (copied into that thread's state), whether the
# thread belongs to the caller's interpreter or is a thread of main
# running code in a sub-interpreter; several threads failing at once
# each get their own copy with their own note. A copy left uncaught in a
# thread goes to threading.excepthook (here a hook that prints it), so
# nothing is printed as unraisable.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

def check(n):
    if n % 3 == 0:
        raise ValueError(f'multiple of three: {n}')
    if n % 3 == 1:
        raise LookupError(n)
    return n

interp = I.create()
interp.prepare_main(check=I.SharedObjectProxy(check))
interp.exec("""
import threading
results = {}
def worker(k):
    out = []
    for n in range(k, k + 30, 4):
        try:
            out.append(check(n))
        except ValueError as e:
            out.append(('ValueError', e.args[0], e.__notes__[-1].splitlines()[-1]))
        except LookupError as e:
            out.append(('LookupError', e.args[0]))
    results[k] = out
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k][:3], len(results[k]))

def hook(args):
    print('excepthook:', args.exc_type.__name__, args.exc_value, len(args.exc_value.__notes__), 'note')
threading.excepthook = hook
t = threading.Thread(target=check, args=(9,))
t.start()
t.join()
""")

# Threads of main running code in the sub-interpreter.
def run(n, out):
    try:
        interp.exec(f"check({n})")
    except I.ExecutionFailed as e:
        out.append((n, e.excinfo.type.__name__, e.excinfo.msg))
    else:
        out.append((n, 'ok'))
out = []
threads = [threading.Thread(target=run, args=(n, out)) for n in (3, 4, 5)]
for t in threads:
    t.start()
    t.join()
print(out)
interp.close()
