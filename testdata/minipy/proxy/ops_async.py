# The asynchronous protocols through a proxy (issue 8, semantics.md 2.3
# decision 4), driven by hand with send(None) (no event loop): `await p`
# for an object with __await__ (its iterator yields to the driver), a
# proxied coroutine awaited from a coroutine of the caller and driven
# directly with send/throw/close, `async for` over an object with
# __aiter__/__anext__ (StopAsyncIteration ends it), `async with` an
# object with __aenter__/__aexit__ (with and without an exception,
# suppression), and the TypeErrors of what supports none of them. Run by
# ops_mods/runner.py on the plain objects and on proxies four ways; every
# block prints what the plain objects print (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
class Waitable:
    def __await__(self):
        got = yield 'suspended'
        return ('awaited', got)
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class ACM:
    def __init__(self):
        self.log = []
    async def __aenter__(self):
        self.log.append('aenter')
        return 'resource'
    async def __aexit__(self, typ, val, tb):
        self.log.append(('aexit', typ.__name__ if typ else None))
        return typ is KeyError
async def coro(x):
    w = Waitable()
    r = await w
    return (x, r)
def make():
    return Waitable(), Ticker(3), ACM(), coro, object()
"""

CHECK = """
def drive(c, values=()):
    values = list(values)
    out = []
    try:
        v = c.send(None)
        while True:
            out.append(v)
            v = c.send(values.pop(0) if values else None)
    except StopIteration as e:
        return out, e.value
def check(objs):
    w, ticker, acm, coro, plain = objs
    async def use_await():
        return await w
    print(drive(use_await(), ['resumed']))
    async def use_coro():
        return await coro(5)
    print(drive(use_coro(), ['x']))
    c = coro(7)
    print(c.send(None), drive(c, []) if False else 'started')
    try:
        c.send('direct')
    except StopIteration as e:
        print('StopIteration', e.value)
    c2 = coro(8)
    c2.send(None)
    try:
        c2.throw(ValueError('into coro'))
    except ValueError as e:
        print('ValueError', e)
    c3 = coro(9)
    c3.send(None)
    c3.close()
    print('closed', c3.cr_frame is None if False else 'ok')
    async def use_for():
        return [x async for x in ticker]
    print(drive(use_for()))
    async def use_with(exc):
        async with acm as r:
            if exc:
                raise exc
            return r
    print(drive(use_with(None)), drive(use_with(KeyError('k'))))
    try:
        drive(use_with(ValueError('v')))
    except ValueError as e:
        print('ValueError', e, acm.log)
    print(hasattr(w, '__await__'), hasattr(plain, '__await__'), hasattr(ticker, '__aiter__'), hasattr(ticker, '__anext__'),
          hasattr(acm, '__aenter__'), hasattr(plain, '__aexit__'))
    async def bad_await():
        await plain
    async def bad_for():
        async for x in plain:
            pass
    async def bad_with():
        async with plain:
            pass
    for bad in (bad_await, bad_for, bad_with):
        try:
            drive(bad())
        except TypeError as e:
            print('TypeError', e)
"""

runner.run(SETUP, CHECK)
