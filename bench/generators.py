# Generators: a lazy pipeline of generator functions and generator
# expressions (yield, yield from, send), consumed by sum, max and for loops.


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunked(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks):
    for c in chunks:
        yield from c


def running_total():
    total = 0
    while True:
        x = yield total
        total += x


def main():
    n = 1200000
    s1 = sum(squares(evens(naturals(n))))
    s2 = sum(x % 1000 for x in flatten(chunked(squares(naturals(n)), 7)))
    acc = running_total()
    next(acc)
    last = 0
    for x in naturals(n):
        last = acc.send(x & 15)
    m = max((x * 7919) % 10007 for x in naturals(n))
    print("generators", s1, s2, last, m)


main()
