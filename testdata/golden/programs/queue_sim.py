# A deterministic queue simulation with a hand-written LCG random source.
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n
rng = LCG(42)
queue = []
served, waits = 0, []
for tick in range(30):
    for _ in range(rng.next(3)):
        queue.append(tick)
    if queue and rng.next(4) != 0:
        arrived = queue.pop(0)
        waits.append(tick - arrived)
        served += 1
    if tick % 10 == 9:
        print(f"tick {tick}: queue={len(queue)} served={served}")
print("average wait", round(sum(waits) / len(waits), 3), "max", max(waits))
print("histogram", {w: waits.count(w) for w in sorted(set(waits))})
