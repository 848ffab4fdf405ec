# sched: a scheduler over a simulated clock (the delay function advances
# it), priorities and entry order, cancel, non-blocking run, queue.
import sched

clock = [0.0]
log = []


def now():
    return clock[0]


def sleep(d):
    log.append(("sleep", d))
    clock[0] += d


s = sched.scheduler(now, sleep)
print(s.empty())
e1 = s.enter(5, 2, log.append, ("five, priority 2",))
e2 = s.enter(5, 1, log.append, ("five, priority 1",))
e3 = s.enterabs(2, 1, log.append, argument=("at two",))
e4 = s.enter(5, 1, lambda **kw: log.append(kw), kwargs={"k": "v"})
e5 = s.enter(1, 1, log.append, ("cancelled",))
s.cancel(e5)
print(e3[:3], e3.argument, e3.kwargs, e3.action == log.append, e1 < e2, e2 < e4, s.empty())
print([(e.time, e.priority, e.sequence) for e in s.queue])
print(s.run(blocking=False), log)
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue, clock)
try:
    s.cancel(e1)
except ValueError as e:
    print("ValueError", e)
s.enter(3, 0, print, ("late",))
print(s.run(False))
clock[0] += 3
print(s.run(False))
print(sched.Event._fields, sched.__all__)
