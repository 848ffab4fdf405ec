# Cross-interpreter micro-benchmarks (issue 7, acceptance point 3): the same
# script runs under CPython 3.14 and minipy; each line printed is
# "name value unit". Timing is time.perf_counter() inside the program (and
# time.process_time() for CPU time), so process start-up is not counted.
# bench/xinterp runs it under both, alternating, and keeps the best of N.
import sys
import threading
import time
from concurrent import interpreters

QUICK = len(sys.argv) > 1 and sys.argv[1] == "quick"

# The CPU-bound work of benchmark 5: small ints and floats, calls, no
# allocation beyond the interpreter's own free lists.
CPU_SRC = """
def f(n):
    acc = 0
    x = 1.0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
        x = x * 0.5 + 1.0
    return acc, x
def work():
    t = 0
    for k in range({rounds} * 50):
        t += f(1000)[0] % 7
    return t
"""


def cpuwork(rounds):
    # One run of the work in this process's main interpreter, timed
    # inside: bench/xinterp runs one, then two such processes at once, for
    # the speedup the machine allows two processes (the ceiling of the
    # in-process speedups on a loaded machine).
    ns = {}
    exec(CPU_SRC.format(rounds=rounds), ns)
    ns["work"]()  # warm up
    t0 = time.perf_counter()
    ns["work"]()
    print(f"cpuwork {time.perf_counter() - t0:.6g} s", flush=True)


def per_op(fn, n):
    # Best of 5 batches of n calls: (wall seconds, CPU seconds) per call,
    # each the best of the batches. CPU time (process_time) is what a
    # loaded machine disturbs least.
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


def bench_create_close(n):
    for _ in range(n):
        interpreters.create().close()


def small():
    return 42


def main():
    out = []

    def report(name, value, unit):
        print(f"{name} {value:.6g} {unit}", flush=True)

    # 1. interpreter create + close
    w, c = per_op(bench_create_close, 5 if QUICK else 20)
    report("create_close", w * 1e6, "us")
    report("create_close_cpu", c * 1e6, "us")

    # 2. exec("x = 1") in an existing interpreter
    interp = interpreters.create()
    interp.exec("x = 1")

    def bench_exec(n):
        for _ in range(n):
            interp.exec("x = 1")

    w, c = per_op(bench_exec, 100 if QUICK else 1000)
    report("exec", w * 1e6, "us")
    report("exec_cpu", c * 1e6, "us")

    # 3. call of a small function (module-level, no arguments, returns an
    # int): interp.call(small)
    interp.call(small)

    def bench_call(n):
        for _ in range(n):
            interp.call(small)

    w, c = per_op(bench_call, 100 if QUICK else 1000)
    report("call", w * 1e6, "us")
    report("call_cpu", c * 1e6, "us")

    # 4. queue, one way: interp puts N ints (a loop run by exec), then the
    # main interpreter gets them; items/s = N / (put time + get time), both
    # timed by perf_counter in the main interpreter (the exec call includes
    # its switch, negligible next to N puts).
    n = 20000 if QUICK else 200000
    best = None
    for _ in range(3):
        q = interpreters.create_queue()
        interp.prepare_main(q=q, n=n)
        t0 = time.perf_counter()
        interp.exec("for i in range(n):\n    q.put(i)\n")
        t1 = time.perf_counter()
        get = q.get
        s = 0
        for _ in range(n):
            s += get()
        t2 = time.perf_counter()
        assert s == n * (n - 1) // 2, s
        if best is None or t2 - t0 < best[0]:
            best = (t2 - t0, t1 - t0, t2 - t1)
        interp.exec("del q")
        del q
    report("queue_items_per_s", n / best[0], "items/s")
    report("queue_put_per_s", n / best[1], "items/s")
    report("queue_get_per_s", n / best[2], "items/s")
    interp.close()

    # 5. CPU-bound work without allocations, in 1 then 2 interpreters at
    # once (each from its own thread of the main interpreter), and in 1 then
    # 2 threads of one interpreter. The speedup is 2 x time(1) / time(2):
    # 2.0 when the two runs take no longer than one, 1.0 when they take
    # twice as long. CPU time (process_time) is reported beside wall time:
    # on a loaded machine, wall time is bounded by the cores we get.
    rounds = 2 if QUICK else 16
    cpu_src = CPU_SRC.format(rounds=rounds)
    interps = [interpreters.create() for _ in range(2)]
    for it in interps:
        it.exec(cpu_src)
        it.exec("work()")  # warm up

    def in_interps(k):
        ts = [threading.Thread(target=interps[i].exec, args=("work()",)) for i in range(k)]
        c0, t0 = time.process_time(), time.perf_counter()
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        return time.perf_counter() - t0, time.process_time() - c0

    ns = {}
    exec(cpu_src, ns)
    work = ns["work"]

    def in_threads(k):
        ts = [threading.Thread(target=work) for _ in range(k)]
        c0, t0 = time.process_time(), time.perf_counter()
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        return time.perf_counter() - t0, time.process_time() - c0

    # Each the best of 5 runs, wall and CPU time apart; bench/xinterp
    # derives the speedup (2 x wall(1) / wall(2)), the CPU ratio (CPU(2) /
    # (2 x CPU(1)): 1.0 when the two do not slow each other down, whatever
    # the load) and the cores used (CPU(2) / wall(2)) from the best times
    # over its runs.
    # The runs of 1 and 2 alternate, so that a change of the machine's
    # load during the measurement falls on both.
    for name, run in (("interps", in_interps), ("threads", in_threads)):
        ones, twos = [], []
        for _ in range(5):
            ones.append(run(1))
            twos.append(run(2))
        report(f"{name}_1_wall", min(w for w, _ in ones) * 1e3, "ms")
        report(f"{name}_2_wall", min(w for w, _ in twos) * 1e3, "ms")
        report(f"{name}_1_cpu", min(c for _, c in ones) * 1e3, "ms")
        report(f"{name}_2_cpu", min(c for _, c in twos) * 1e3, "ms")
    for it in interps:
        it.close()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "cpuwork":
        cpuwork(int(sys.argv[2]))
    else:
        main()
