# graphlib: orders, the get_ready/done protocol, cycles and misuse errors.
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter(graph).static_order()))
g = {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add("build", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "build")
ts.add("docs")
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    ts.done(*ready)
print(rounds, bool(ts))

for graph in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [4], 4: [2]}, {0: [1, 2], 2: [0]}]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print("CycleError", e.args, isinstance(e, ValueError))

t = TopologicalSorter({1: [0]})
for f in [t.get_ready, t.is_active, lambda: t.done(1)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
t.prepare()
for f in [t.prepare, lambda: t.add(5), lambda: t.done(9), lambda: t.done(1)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(t.get_ready())
t.done(0)
try:
    t.done(0)
except ValueError as e:
    print("ValueError", e)
print(t.get_ready(), t.get_ready(), t.is_active())
t.done(1)
print(t.is_active())
dup = TopologicalSorter()
dup.add("x", "y", "y")
print(list(dup.static_order()))
print(TopologicalSorter[int])
try:
    TopologicalSorter({1: [[]]})
except TypeError as e:
    print("TypeError", e)
