# When an object is freed, the objects it owns are freed right after its
# own __del__ has run.
class Tracked:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("__del__", self.name)

chain = Tracked("root", Tracked("middle", Tracked("leaf")))
print("drop chain")
chain = None
print("dropped")
a = Tracked("parent", Tracked("child"))
kept_child = a.child
print("drop parent, keep child")
a = None
print("drop child")
kept_child = None
print("end")
