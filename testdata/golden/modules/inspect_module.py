import inspect, functools, sys, types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Docstring of f.

        Indented more.
    Back.
    """
    return a

def g(x: int, y: 'str' = 'hi', *, z: list[int] = None): pass
def h(): pass
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
lam = lambda q, r=1: q

class Base:
    """Base doc."""
    cls_attr = 1
    def method(self, a, b=2):
        """Method doc."""
        return a
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(y, z=3): pass
    @property
    def prop(self):
        return 5
    def __init__(self, v, w=0):
        self.v = v
    def __call__(self, p, *q):
        return p

class Child(Base):
    def method(self, a, b=2):
        return b

class Plain:
    pass

@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)

for obj in [f, g, h, lam, co, gen, Base.method, Base(0).method, Base.cm, Base.sm, Base, Child, Base(1), Plain, wrapper, functools.partial(f, 1, d=4), functools.partial(g, y='x')]:
    t(lambda: str(inspect.signature(obj)))
t(lambda: inspect.signature(5)); t(lambda: inspect.signature(int)); t(lambda: str(inspect.signature(wrapper, follow_wrapped=False)))
sig = inspect.signature(f)
print(repr(sig), sig.return_annotation, list(sig.parameters), [str(p.kind) for p in sig.parameters.values()], [p.kind.description for p in sig.parameters.values()])
p = sig.parameters['e']
print(repr(p), p.name, p.default, p.kind, p.annotation is inspect.Parameter.empty, p.kind == inspect.Parameter.KEYWORD_ONLY, int(p.kind))
b = sig.bind(1, 2, 3, 4, 5, d=6, extra=7)
print(b, b.args, b.kwargs, b.arguments)
b = sig.bind(1, d=2)
b.apply_defaults()
print(b, b.args, b.kwargs)
t(lambda: sig.bind()); t(lambda: sig.bind(1)); t(lambda: sig.bind(1, b=2, d=3)); t(lambda: inspect.signature(g).bind(1, 2, 3)); t(lambda: inspect.signature(g).bind(1, x=2)); t(lambda: inspect.signature(h).bind(q=1)); t(lambda: inspect.signature(g).bind_partial(y='a'))
print(inspect.signature(g).replace(return_annotation=float), inspect.signature(g) == inspect.signature(g), inspect.signature(f) == inspect.signature(g))
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=1), P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, repr(P('x', P.VAR_POSITIONAL)), P('y', P.VAR_KEYWORD), P('z', P.KEYWORD_ONLY, default=None, annotation='T'))
t(lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])); t(lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)])); t(lambda: P('1x', P.POSITIONAL_ONLY)); t(lambda: P('for', P.POSITIONAL_ONLY)); t(lambda: P('a', 9)); t(lambda: P('a', P.VAR_POSITIONAL, default=1)); t(lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1), P('b', P.POSITIONAL_ONLY)]))
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(Base.method), inspect.getcallargs(f, 1, d=2))
for pred in ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'iscoroutinefunction', 'isasyncgenfunction', 'isbuiltin', 'isroutine', 'ismethoddescriptor', 'isdatadescriptor', 'isabstract']:
    fn = getattr(inspect, pred)
    print(pred, [fn(x) for x in [inspect, Base, Base(0).method, f, gen, co, agen, len, [].append, str.join, Base.prop, type.__dict__['__dict__']]])
print(inspect.isgenerator(gen()), inspect.iscoroutine(co().close() or 1), inspect.isframe(sys._getframe()), inspect.iscode(f.__code__), inspect.istraceback(None))
print(inspect.getdoc(f)); print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(h)))
print(repr(inspect.cleandoc('  first\n    second\n      third\n\n')))
print([name for name, _ in inspect.getmembers(Child) if not name.startswith('__')], [n for n, v in inspect.getmembers(Base, inspect.isfunction)])
print(inspect.getmro(Child), inspect.unwrap(wrapper) is f, inspect.getmodule(f).__name__, inspect.getmodule(Base) is sys.modules[__name__])
print(inspect.getfile(f) == __file__, inspect.getsourcefile(Base) == __file__, inspect.getmodulename('/x/y/mod.py'))
t(lambda: inspect.getfile(len)); t(lambda: inspect.getfile(sys)); t(lambda: inspect.getfile(5))
print(inspect.getsource(f), end='')
print(inspect.getsource(Base.cm), end='')
print(inspect.getsourcelines(h))
print(inspect.getsource(Plain), end='')
frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).code_context, inspect.getlineno(frame) > 0)
def inner():
    return inspect.stack()
st = inner()
print([(fi.function, fi.code_context) for fi in st][:2], st[0].lineno > 0, type(st[0]).__name__)
print(inspect.get_annotations(g), inspect.get_annotations(g, eval_str=True), inspect.get_annotations(Base), inspect.formatannotation(list[int]), inspect.formatannotation(types.ModuleType), inspect.formatannotation(int))
def outer():
    cnt = 0
    def clos():
        return cnt + len(sys.argv) + undefined_name
    return clos
print(inspect.getclosurevars(outer()))
gi = gen()
print(inspect.getgeneratorstate(gi)); next(gi); print(inspect.getgeneratorstate(gi)); gi.close(); print(inspect.getgeneratorstate(gi))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.Parameter.empty, inspect.Signature.empty)
print([a.kind for a in inspect.classify_class_attrs(Base) if a.name in ('cm', 'sm', 'prop', 'method', 'cls_attr')])
t(lambda: inspect.getcallargs(f)); t(lambda: inspect.getcallargs(h, 1)); t(lambda: inspect.getcallargs(g, 1, 2, 3)); t(lambda: inspect.getcallargs(g, 1, q=2)); t(lambda: inspect.getcallargs(g, 1, x=2)); t(lambda: sorted(inspect.getcallargs(Base(0).method, 1))); t(lambda: inspect.getcallargs(f, 1, 2, 3, 4))
