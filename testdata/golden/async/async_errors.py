# CPython's TypeErrors for async for / async with / await misuse.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
        if e.__cause__ is not None:
            print("  caused by", type(e.__cause__).__name__, e.__cause__)


async def for_over(x):
    async for i in x:
        pass


class NoANext:
    def __aiter__(self):
        return self


class ANextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class OnlyAEnter:
    async def __aenter__(self):
        return self


class BadAEnter:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class BadAExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *a):
        return 2


run(for_over(1))
run(for_over([1, 2]))
run(for_over(NoANext()))
run(for_over(ANextNotAwaitable()))


async def with_(m):
    async with m:
        print("  body")


run(with_(object()))
run(with_(OnlyAEnter()))
run(with_(BadAEnter()))
run(with_(BadAExit()))

# a plain with on an async manager and the other way round
class Both:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


try:
    with Both():
        pass
except TypeError as e:
    print("TypeError:", e)


async def exc_in_body():
    async with Both():
        raise IndexError("inside")


run(exc_in_body())


# an exception from __anext__ other than StopAsyncIteration propagates
class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("no more")


run(for_over(Failing()))
