# List sorting with key functions: sorted and list.sort over ints, strings,
# tuples and objects, with key=lambda, key=len, reverse=True, and the
# stability of sort relied on by multi-pass sorting.


class Rec:
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score

    def key(self):
        return (-self.score, self.name)


def lcg(seed, n, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out


def checksum(xs):
    h = 0
    for i, x in enumerate(xs):
        h = (h * 31 + x * (i + 1)) % 1000000007
    return h


def main():
    nums = lcg(1, 80000, 1000000)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    c = sorted(nums, key=lambda x: (x % 1000, -x))
    names = ["n%d" % x for x in lcg(2, 40000, 50000)]
    d = sorted(names)
    e = sorted(names, key=len)
    recs = [Rec(names[i], nums[i] % 90, nums[i] % 1000) for i in range(40000)]
    recs.sort(key=Rec.key)
    recs2 = sorted(recs, key=lambda r: r.age)
    recs2.sort(key=lambda r: r.score, reverse=True)
    pairs = [(x % 100, x) for x in nums[:80000]]
    pairs.sort()
    f = sorted(range(50000), key=lambda i: nums[i])
    print("sorting", checksum(a), checksum(b), checksum(c), checksum(f))
    print(d[:3], d[-1], e[:3], e[-1])
    print(recs[0].name, recs[-1].name, recs2[0].name, recs2[-1].name, pairs[0], pairs[-1])


main()
