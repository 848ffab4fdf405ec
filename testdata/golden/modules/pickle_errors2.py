import pickle, io
def show(what, f):
    try:
        r = f()
    except Exception as e:
        print(what, "->", type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
    else:
        print(what, "->", repr(r)[:100])
class A: pass
class B:
    __module__ = "nosuchmod"
class C: pass
C.__qualname__ = "Other"
class D: pass
D.__qualname__ = "A"
def fn(): pass
fn.__module__ = None
class Six:
    def __reduce__(self):
        return (Six, (), None, None, None, None, None)
class Setter:
    def __reduce__(self):
        return (Setter, (), {"a": 1}, None, None, lambda o, s: None)
class Setter2:
    def __reduce__(self):
        return (Setter2, (), {"a": 1}, None, None, 5)
class ExBad:
    def __reduce__(self):
        return (copyreg.__newobj_ex__, (ExBad, (), {}, 1))
class ExBad2:
    def __reduce__(self):
        return (copyreg.__newobj_ex__, (1, (), {}))
class ExBad3:
    def __reduce__(self):
        return (copyreg.__newobj_ex__, (ExBad3, [], {}))
class ExBad4:
    def __reduce__(self):
        return (copyreg.__newobj_ex__, (ExBad4, (), []))
class NewEmpty:
    def __reduce__(self):
        return (copyreg.__newobj__, ())
class NewNotType:
    def __reduce__(self):
        return (copyreg.__newobj__, (1,))
class GNA:
    def __getnewargs__(self):
        return [1]
class GNAE:
    def __getnewargs_ex__(self):
        return ((), [])
class RedStr:
    def __reduce__(self):
        return "RedStr"
class RedStrBad:
    def __reduce__(self):
        return "nothere"
import copyreg
for p in (0, 2, 4):
    for n, o in [("B", B), ("C", C), ("D", D), ("fn", fn), ("Six", Six()), ("Setter2", Setter2()), ("ExBad", ExBad()),
                 ("ExBad2", ExBad2()), ("ExBad3", ExBad3()), ("ExBad4", ExBad4()), ("NewEmpty", NewEmpty()),
                 ("NewNotType", NewNotType()), ("GNA", GNA()), ("GNAE", GNAE()), ("RedStr", RedStr()), ("RedStrBad", RedStrBad()),
                 ("A", A), ("nonascii", type("\u00e9t\u00e9", (), {}))]:
        show("%d %s" % (p, n), lambda: pickle.dumps(o, p))
class W:
    def write(self, b):
        print("write", len(b))
pickle.dump(list(range(30000)), W(), 4)
pickle.dump(b"x" * 70000, W(), 4)
pickle.Pickler(W(), 2).dump([1, 2])
class Sub(pickle.Pickler):
    def __init__(self):
        pass
show("no init", lambda: Sub().dump(1))
class SubU(pickle.Unpickler):
    def __init__(self):
        pass
show("no init u", lambda: SubU().load())
