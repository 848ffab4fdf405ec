# Recursive calls: naive Fibonacci, the classic call-overhead benchmark.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for n in (30, 31, 32):
        total += fib(n)
    print("fib", fib(27), total)


main()
