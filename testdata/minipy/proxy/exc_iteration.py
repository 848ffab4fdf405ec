# StopIteration and StopAsyncIteration through proxies. Decisions: the
# end of a forwarded __next__ is carried as the end of iteration, not as
# an exception crossing (no note, nothing copied): for loops and
# builtins stop cleanly, next(p, default) gives the default; a
# generator's return value crosses with it (copied, or a proxy when
# unshareable), so next() raises StopIteration(value) and `yield from p`
# gets the value, also when send() ends the generator. A StopIteration
# or StopAsyncIteration raised by a method is an exception like any
# other (a copy with the owner's traceback as a note; a StopIteration
# whose value is unshareable carries it as a proxy), which is what drives
# `async for` over a proxied asynchronous iterator.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

def gen(n, result):
    for k in range(n):
        yield k
    return result

def echo():
    got = yield 'ready'
    return [got, 'a list']

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('explicit value')
        self.n -= 1
        return self.n

class Ticks:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration('no more ticks')
        self.n -= 1
        return 'tick', self.n

P = I.SharedObjectProxy
interp = I.create()
interp.prepare_main(gen=P(gen), echo=P(echo), Countdown=P(Countdown), Ticks=P(Ticks))
interp.exec("""
g = gen(2, 'done')
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args, getattr(e, '__notes__', 'no notes'))
print(next(g, 'default'), list(gen(3, 'ignored')), sum(gen(4, None)))
def outer(result):
    got = yield from gen(2, result)
    yield ('yield from got', type(got).__name__, got)
print(list(outer('text')))
print(list(outer(['a', 'list']))[-1][:2])
def outer2():
    got = yield from echo()
    yield (type(got).__name__, list(got))
o = outer2()
print(next(o), o.send('sent'))
g = gen(1, None)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)

c = Countdown(3)
print([x for x in c], next(c, 'exhausted'))
try:
    c.__next__()
except StopIteration as e:
    print('explicit', type(e).__name__, e.value, e.__notes__[-1].splitlines()[-1])

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def consume(ticks):
    out = []
    async for t in ticks:
        out.append(t)
    try:
        await ticks.__anext__()
    except StopAsyncIteration as e:
        out.append(('StopAsyncIteration', e.args, e.__notes__[-1].splitlines()[-1]))
    return out

for item in run(consume(Ticks(2))):
    print(item)
""")
interp.close()
