# Values yielded by a generator die when the consumer drops them; the
# generator's own locals die when it finishes.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def producer():
    state = Tracked("generator state")
    for i in range(2):
        yield Tracked("item%d" % i)
    print("generator finishing")

for item in producer():
    print("consumed", item.name)
    item = None
print("loop over")
print(sum(1 for _ in producer()))
print("end")
