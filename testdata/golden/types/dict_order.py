# dicts keep insertion order; deletion and re-insertion move keys to the end.
d = {}
for k in ["c", "a", "b"]:
    d[k] = len(d)
print(d)
del d["c"]
d["c"] = "again"
print(d)
d["a"] = "updated in place"
print(list(d))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}))
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
print(list(big)[:5], len(big))
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name
colliding = {Key("x"): 1, Key("y"): 2, Key("x"): 3}
print(colliding)
print({1: "a", True: "b", 1.0: "c"})
