# Object-oriented workload: a small operating-system scheduler in the manner
# of Richards. Tasks are objects of several classes with overridden methods,
# packets are linked objects, and the scheduler walks them through method
# calls and attribute reads and writes.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.waiting = self.queue is None and self.waiting
        return pkt

    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.waiting = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    def wait(self):
        self.waiting = True
        return self.sched.next_after(self)

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self(self)
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A, self)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B, self)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue_packet(pkt, self)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work = None
        self.device = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < BUFSIZE:
                if self.device is not None:
                    dev = self.device
                    self.device = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev, self)
            else:
                self.work = work.link
                return self.sched.queue_packet(work, self)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority, None)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p, self)
        self.pending = pkt
        self.sched.hold_count += 1
        return self.sched.hold_self(self)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.queue_count = 0
        self.hold_count = 0

    def next_after(self, task):
        return task.link

    def hold_self(self, task):
        self.hold_count += 1
        task.held = True
        return task.link

    def release(self, ident, current):
        t = self.table[ident]
        t.held = False
        if t.priority > current.priority:
            return t
        return current

    def queue_packet(self, pkt, current):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.ident = current.ident
        return t.add_packet(pkt, current)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                task = task.run(task.take_packet())
            else:
                task = task.link


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


def main():
    total_q = total_h = 0
    for _ in range(15):
        q, h = run_once(10000)
        total_q += q
        total_h += h
    print("richards", q, h, total_q, total_h)


main()
