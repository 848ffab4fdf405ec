# A traceback through a generator and a list comprehension.
def numbers():
    yield 1
    yield 0
    yield 2
def inverses():
    return [1 / n for n in numbers()]
inverses()
