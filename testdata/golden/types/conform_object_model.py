def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
print(len, list.append, [].append.__qualname__, int.__add__, object.__init__, str.join, dict.fromkeys.__name__, type.__call__, int.__dict__['real'], type(int.__dict__['from_bytes']))
print(repr(list.__dict__['append']), type(list.__dict__['__add__']), type((1).__add__), type([].__len__), type(len), type(print), type(object.__dict__['__class__']))
print(object.__repr__.__qualname__, int.__repr__.__objclass__, len.__doc__)
print(type(None), type(...), type(NotImplemented), ..., NotImplemented, repr(Ellipsis), type(type), type(object), int.__base__, bool.__base__, object.__base__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict):
    def __missing__(self, k): return k * 2
a = MyInt(5)
print(a, a + 1, type(a + 1), str(a), f"{a}", format(a, 'x'), -a, type(-a), a == 5, hash(a) == hash(5), int(a), type(int(a)))
s = MyStr("ab"); print(s, repr(s), type(s + "c"), type(s.upper()), type(s[0]), type(str(s)), s == "ab", s * 2, type(s * 2))
l = MyList([1]); print(l, l + [2], type(l + [2]), type(l[:]), type(l * 2), l == [1])
d = MyDict(a=1); print(d['zz'], d, d.get('q'), type(d.copy()), type(d | {}))
class F(float): pass
print(F(1.5), repr(F(2.0)), type(F(1.5) + 1), F('3.5'), round(F(2.5)))
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
print(T(1, 2), type(T(1, 2)[:1]), T(1, 2) + (3,))
class E(Exception):
    def __init__(self, x, y): super().__init__(x); self.y = y
e = E(1, 2); print(e, repr(e), e.args, e.y)
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError('k')), str(KeyError()), repr(KeyError('k')), str(KeyError('a', 'b')))
print(OSError(2, "No such file").errno, str(OSError(2, "No such file")), str(OSError(2, "nf", "fname")), repr(FileNotFoundError(2, 'x')), type(OSError(2, 'x')).__name__, IOError is OSError, EnvironmentError)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')), StopIteration(5).value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(BaseException.__subclasses__()[:4] if False else '', ArithmeticError.__mro__, LookupError.__subclasses__()[:2])
e = ValueError("m"); print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__, e.with_traceback(None) is e)
t(lambda: ValueError("x").add_note(5)); e = ValueError(); e.add_note("n"); print(e.__notes__)
print(AttributeError("x", name="n", obj=1).name, NameError("x", name="q").name, ImportError("m", name="mod", path="p").name, ModuleNotFoundError.__mro__)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg), eg.message, eg.exceptions, type(eg).__name__)
m, r = eg.split(ValueError); print(m, r, eg.subgroup(TypeError), eg.subgroup(KeyError), eg.derive([KeyError()]))
t(lambda: ExceptionGroup("x", [])); t(lambda: ExceptionGroup("x", [1])); t(lambda: BaseExceptionGroup("b", [KeyboardInterrupt()]).__class__); t(lambda: BaseExceptionGroup("b", [ValueError()]).__class__)
t(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
def f(a, b=2, *args, c, d=4, **kw): "docstring"
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name, f.__module__, f.__annotations__, f.__dict__)
def ann(x: int, y: "str" = "a") -> list[int]: pass
print(ann.__annotations__)
class WithAnn:
    a: int
    b: str = "x"
print(WithAnn.__annotations__, WithAnn.b)
lam = lambda: 0; print(lam.__name__, lam.__qualname__)
import functools
p = functools.partial(f, 1, c=3); print(p.args, p.keywords, p.func is f)
print(type(f.__code__).__name__, type(f.__globals__), f.__closure__, (lambda: f).__closure__)
def mk():
    v = 1
    def inner(): return v
    return inner
print(type(mk().__closure__[0]).__name__, mk().__closure__[0].cell_contents, mk().__code__.co_freevars)
o = object(); t(lambda: o.__dict__); t(lambda: object.__new__(int)); t(lambda: int.__new__(str)); t(lambda: object.__setattr__(1, 'x', 1))
t(lambda: type.__dict__['__name__'].__get__(int)); t(lambda: int.__name__); t(lambda: setattr(int, 'x', 1)); t(lambda: setattr(list, 'append', 1)); t(lambda: delattr(int, 'real'))
class C: pass
C.__name__ = "Renamed"; print(C, C.__qualname__); C.__qualname__ = "Q"; print(C)
t(lambda: setattr(C, '__name__', 5)); t(lambda: C.__subclasses__()); t(lambda: type(C).__name__)
class D2(C): pass
print(C.__subclasses__(), D2.__base__, D2.__dict__.get('__module__'), '__weakref__' in C.__dict__, '__dict__' in C.__dict__, sorted(C.__dict__.keys()))
print(type(C.__dict__).__name__, repr(C.__dict__)[:16])
t(lambda: C.__dict__.__setitem__('a', 1))
t(lambda: int.__dict__['bit_length'](5)); t(lambda: str.__dict__['upper']("x")); t(lambda: list.append([], 1)); t(lambda: list.append((), 1)); t(lambda: int.__add__(1, 1.5)); t(lambda: (1).__add__(1.5))
t(lambda: str.__add__("a", 1)); t(lambda: int.__lt__(1, "a")); t(lambda: float.__eq__(1.0, 1)); t(lambda: [].__eq__(1))
