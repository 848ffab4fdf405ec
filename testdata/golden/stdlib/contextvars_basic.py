import contextvars as cv
import re
import threading


def noaddr(x):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(x))


def show(f):
    try:
        print(noaddr(f()))
    except Exception as e:
        print(type(e).__name__, noaddr(e))


v = cv.ContextVar('v')
w = cv.ContextVar('w', default=5)
print(noaddr(repr(v)), noaddr(repr(w)), v.name, w.name)
show(lambda: v.get())
show(lambda: v.get('dflt'))
show(lambda: w.get())
show(lambda: w.get(6))
show(lambda: cv.ContextVar(1))
show(lambda: cv.copy_context()['x'])
show(lambda: cv.copy_context()[v])
show(lambda: v.reset(1))
show(lambda: cv.Context(1))
show(lambda: v.get(1, 2))
show(lambda: type('X', (cv.ContextVar,), {}))
show(lambda: type('Y', (cv.Context,), {}))
show(lambda: cv.Token())
show(lambda: cv.copy_context().get('x'))
show(lambda: 'x' in cv.copy_context())

t = v.set(1)
print(noaddr(repr(t)), t.var is v, t.old_value, cv.Token.MISSING, v.get())
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get())
v.reset(t)
show(lambda: v.get())
show(lambda: v.reset(t))
t = v.set(3)
show(lambda: w.reset(t))

ctx = cv.copy_context()
print(ctx[v], ctx.get(w), ctx.get(w, 'd'), v in ctx, w in ctx, len(ctx))


def inside():
    show(lambda: v.reset(t))
    v.set('in ctx')
    w.set('w in ctx')
    return v.get(), w.get()


print(ctx.run(inside))
print(v.get(), w.get(), ctx[v], ctx[w])
show(lambda: ctx.run(ctx.run, inside))
print(sorted((k.name, val) for k, val in ctx.items()), sorted(k.name for k in ctx), len(ctx))
print(sorted(k.name for k in ctx.keys()), sorted(ctx.values()))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2 == cv.copy_context(), cv.Context() == cv.Context())
c2.run(v.set, 'changed')
print(c2[v], ctx[v], c2 == ctx)
print(cv.ContextVar[int], cv.Token[int])
show(lambda: setattr(v, 'name', 'x'))
show(lambda: ctx.run())
show(lambda: hash(ctx))
print(len(cv.Context()), list(cv.Context()))


def kw(a, *, b):
    return a, b, v.get()


print(ctx.run(kw, 1, b=2))


def boom():
    v.set('before raise')
    raise KeyError('k')


c3 = cv.Context()
show(lambda: c3.run(boom))
print(c3[v], v.get())

# A new thread starts with an empty context.
seen = []


def in_thread():
    seen.append(v.get('empty'))
    v.set('thread')
    seen.append(v.get())


th = threading.Thread(target=in_thread)
th.start()
th.join()
print(seen, v.get())
