# Loops with int arithmetic: Collatz step counts and a rolling-hash
# checksum, all in small ints (while loops, %, //, *, +, ^, &, comparisons).


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    longest = 0
    arg = 0
    total = 0
    for i in range(1, 80000):
        s = collatz_steps(i)
        total += s
        if s > longest:
            longest = s
            arg = i
    acc = 0
    i = 0
    while i < 800000:
        acc = (acc * 31 + i) % 1000003
        acc ^= i & 255
        i += 1
    print("collatz", arg, longest, total)
    print("acc", acc)


main()
