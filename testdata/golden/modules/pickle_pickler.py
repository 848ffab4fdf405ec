import io
import pickle
import copyreg


class Rec:
    def __init__(self, name):
        self.name = name


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Rec):
            return ("Rec", obj.name)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return "loaded str " + pid
        tag, name = pid
        return "loaded " + name


for p in range(6):
    f = io.BytesIO()
    DBPickler(f, p).dump([Rec("a"), 1, Rec("b")])
    print(p, f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())


class StrPid(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid%d" % obj if isinstance(obj, int) and obj > 100 else None


class StrLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return ("got", pid)


f = io.BytesIO()
StrPid(f, 0).dump([1, 200, 300])
print(f.getvalue())
f.seek(0)
print(StrLoad(f).load())


class Point:
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    return (Point, (p.x + 1,))


f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Point] = reduce_point
pk.dump(Point(1))
print(f.getvalue())
f.seek(0)
print(pickle.load(f).x)


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: lambda p: (Point, (p.x * 100,))}


f = io.BytesIO()
TablePickler(f, 4).dump(Point(3))
f.seek(0)
print(pickle.load(f).x)


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, ("overridden",))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 5).dump([Point(1), 2, int])
print(f.getvalue())
f.seek(0)
r = pickle.load(f)
print(r[0].x, r[1], r[2])

# the memo persists across dump() calls, and clear_memo resets it
shared = ["shared"]
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
a = up.load()
b = up.load()
c = up.load()
print(a, a is b, a is c)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("range", "set"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for data in [pickle.dumps(range(3)), pickle.dumps(len), pickle.dumps({1, 2}, 2)]:
    try:
        print(Restricted(io.BytesIO(data)).load())
    except pickle.UnpicklingError as e:
        print("UnpicklingError", e)

print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.PickleError.__module__, pickle.PicklingError.__name__)
print(pickle.Pickler(io.BytesIO()).bin, pickle.Pickler(io.BytesIO(), 0).bin)


class Big:
    pass


# frames: big data crosses the 64 KiB frame target, written through a file
f = io.BytesIO()
big = [b"x" * 70000, "y" * 70000, list(range(20000)), bytearray(b"z" * 66000)]
pickle.dump(big, f, 5)
data = f.getvalue()
print(len(data), data[:40], data == pickle.dumps(big, 5))
print(pickle.loads(data) == big)
f.seek(0)
print(pickle.load(f) == big)
print(len(pickle.dumps(big, 4)), pickle.dumps(big, 4)[-30:])
