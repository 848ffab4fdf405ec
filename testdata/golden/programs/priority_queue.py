# A binary min-heap written by hand, used for a task scheduler and a sort.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(a) and a[l] < a[m]:
                m = l
            if r < len(a) and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m
    def __len__(self):
        return len(self.a)
h = Heap()
for task in [(3, "write report"), (1, "fix bug"), (2, "review"), (1, "deploy"), (5, "lunch")]:
    h.push(task)
while h:
    prio, name = h.pop()
    print(prio, name)
nums = [9, 4, 7, 1, 8, 2, 2, 6]
hs = Heap()
for n in nums:
    hs.push(n)
print([hs.pop() for _ in range(len(nums))] == sorted(nums))
