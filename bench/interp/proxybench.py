# Shared object proxy benchmark (issue 8, acceptance point 3): one small
# function, add(a, b), called three ways, each line printed as "name value
# unit" (microseconds per call, wall time then CPU time):
#   direct   calc.add(1, 2) in one interpreter, calc a local object;
#   call     interp.call(add, 1, 2) from the main interpreter into another
#            (Interpreter.call, the way 3.14 runs a function elsewhere);
#   proxied  calc.add(1, 2) run in a sub-interpreter where calc is a
#            SharedObjectProxy of the main interpreter's object: every call
#            switches to main and back (minipy only: 3.14 has no proxies).
# Timing is time.perf_counter() and time.process_time() inside the program,
# so start-up is not counted; bench/proxy runs it under CPython 3.14 and
# minipy in turn and keeps the best of N runs.
import sys
import time
from concurrent import interpreters

QUICK = len(sys.argv) > 1 and sys.argv[1] == "quick"


def add(a, b):
    return a + b


class Calc:
    def add(self, a, b):
        return a + b


def per_op(fn, n):
    # Best of 5 batches of n calls: (wall seconds, CPU seconds) per call,
    # each the best of the batches.
    best = cbest = None
    for _ in range(5):
        c0, t0 = time.process_time(), time.perf_counter()
        fn(n)
        t = (time.perf_counter() - t0) / n
        c = (time.process_time() - c0) / n
        if best is None or t < best:
            best = t
        if cbest is None or c < cbest:
            cbest = c
    return best, cbest


def report(name, wall_cpu):
    w, c = wall_cpu
    print(f"{name} {w * 1e6:.6g} us", flush=True)
    print(f"{name}_cpu {c * 1e6:.6g} us", flush=True)


def main():
    calc = Calc()

    def direct(n):
        f = calc
        for _ in range(n):
            f.add(1, 2)

    report("direct", per_op(direct, 20000 if QUICK else 200000))

    interp = interpreters.create()
    assert interp.call(add, 1, 2) == 3

    def call(n):
        for _ in range(n):
            interp.call(add, 1, 2)

    report("call", per_op(call, 100 if QUICK else 1000))

    if hasattr(interpreters, "SharedObjectProxy"):
        interp.prepare_main(calc=interpreters.SharedObjectProxy(calc))
        interp.exec("assert calc.add(1, 2) == 3")
        loop = "for _ in range({}):\n    calc.add(1, 2)\n"

        def proxied(n):
            # One exec runs the whole loop in the sub-interpreter: its own
            # cost is shared by n calls.
            interp.exec(loop.format(n))

        report("proxied", per_op(proxied, 5000 if QUICK else 50000))
    interp.close()


if __name__ == "__main__":
    main()
