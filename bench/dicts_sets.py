# Dict and set work: word counting over generated text, dict updates and
# lookups, set algebra (union, intersection, difference), membership tests.


def make_words(n):
    syll = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zu", "pe", "qua", "xo"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(k):
            w += syll[y % 12]
            y //= 12
        words.append(w)
    return words


def main():
    words = make_words(200000)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    by_len = {}
    for w, c in counts.items():
        by_len.setdefault(len(w), []).append(c)
    len_summary = sorted((k, len(v), sum(v)) for k, v in by_len.items())

    a = set(range(0, 1250000, 3))
    b = set(range(0, 1250000, 5))
    c = {x * x % 250007 for x in range(2125000)}
    inter = a & b
    uni = a | b
    diff = (a - b) ^ c
    hits = 0
    for x in range(1250000):
        if x in a and x not in b:
            hits += 1
    d = {i: i * i for i in range(125000)}
    for i in range(0, 125000, 2):
        del d[i]
    keysum = sum(d)
    d.update({i: -i for i in range(0, 1000)})
    inv = {v: k for k, v in d.items()}
    print("dicts", len(counts), top, len_summary)
    print("sets", len(inter), len(uni), len(diff), hits, len(c))
    print("dict", len(d), keysum, sum(d.values()) % 1000003, len(inv))


main()
