# Async generators driven by hand: __anext__, asend, athrow, aclose.


def drive(aw):
    """Run an awaitable with no real suspension, return ('value', v),
    ('stop', None) for StopAsyncIteration, or the exception."""
    try:
        while True:
            y = aw.send(None)
            print("  suspended with", y)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("stop", None)
    except Exception as e:
        return (type(e).__name__, str(e))


class Pause:
    def __await__(self):
        yield "pause"


async def counter(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("  agen got", got)
            await Pause()
    except ValueError as e:
        print("  agen caught", e)
        yield "after ValueError"
    finally:
        print("  agen finally")


g = counter(3)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g)[:30])
print(g.ag_running, g.ag_await, g.ag_code.co_name)
print(g.__aiter__() is g)
an = g.__anext__()
print(type(an).__name__)
print(drive(an))
print(drive(an))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("v"))))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.aclose()))

# aclose of a suspended generator runs finally
g = counter(5)
print(drive(g.__anext__()))
print(drive(g.aclose()))
print(drive(g.__anext__()))

# an async generator that ignores GeneratorExit
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
print(drive(s.__anext__()))
print(drive(s.aclose()))

# raising StopAsyncIteration inside is a RuntimeError
async def bad():
    yield 1
    raise StopAsyncIteration


b = bad()
print(drive(b.__anext__()))
print(drive(b.__anext__()))

# athrow on a new generator
async def simple():
    yield 1


s = simple()
print(drive(s.athrow(KeyError("k"))))
print(drive(s.__anext__()))

# asend of non-None to a just-started generator
s = simple()
print(drive(s.asend(5)))

# iterating an async generator inside a coroutine
async def main():
    out = []
    async for v in counter(2):
        out.append(v)
    return out


print(drive(main()))

# anext() reuse
s = simple()
a = s.__anext__()
print(drive(a))
print(drive(a))
