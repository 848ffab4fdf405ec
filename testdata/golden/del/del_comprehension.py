# Objects created inside a comprehension that are not kept die within it.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

lengths = [len(Tracked("tmp%d" % i).name) for i in range(3)]
print(lengths)
kept = [Tracked("kept%d" % i) for i in range(2)]
print("kept", len(kept))
names = {t.name for t in kept}
print(sorted(names))
kept.pop(0)
print("popped kept0")
gen = (Tracked("lazy%d" % i) for i in range(2))
first = next(gen)
print("got", first.name)
first = None
print("first dropped")
gen = None
print("end")
