# LOAD_GLOBAL is cached per code object (an index hint into globals, or
# into builtins while the globals' key set is unchanged): every change of
# globals or builtins must show at once.
import builtins


def use_len():
    return len("abc")


def use_g():
    return G


G = 1
for i in range(3):
    print(use_len(), use_g())

# A global shadows a builtin after the builtin was cached.
len = lambda s: "shadowed " + s
print(use_len())
del len
print(use_len())

# Globals rebound, deleted, re-added (the index hint may move).
G = 2
print(use_g())
del G
try:
    use_g()
except NameError as e:
    print("NameError:", e)
for k in range(20):
    globals()["filler%d" % k] = k
G = 3
print(use_g())

# The builtins module changes.
saved = builtins.abs


def use_abs():
    return abs(-5)


print(use_abs())
builtins.abs = lambda x: "patched"
print(use_abs())
builtins.abs = saved
print(use_abs())
del builtins.abs
try:
    use_abs()
except NameError as e:
    print("NameError:", e)
builtins.abs = saved
print(use_abs())

# One code object run with different globals.
code = compile("r = x + len('ab')", "<s>", "exec")
for env in [{"x": 1}, {"x": 10, "len": lambda s: 100}, {"x": 5}]:
    exec(code, env)
    print(env["r"])
g1 = {"x": 1}
for i in range(3):
    exec(code, g1)
    print(g1["r"])
    g1["len"] = lambda s: -1


# Many globals inserted between calls: the table is rebuilt.
def counter():
    return COUNT


COUNT = 0
for i in range(100):
    globals()["g%d" % i] = i
    COUNT += 1
    if counter() != COUNT:
        print("stale", i)
print(counter())
