# String building and formatting: f-strings with format specs, %-formatting,
# str.format, join, split, replace, slicing and methods on str.


def main():
    lines = []
    for i in range(200000):
        name = "item%05d" % i
        price = i * 1.25
        lines.append(f"{name}|{price:10.2f}|{i:>8x}|{name.upper()[-3:]}")
    text = "\n".join(lines)
    total = 0
    fields = 0
    for line in text.split("\n"):
        parts = line.split("|")
        fields += len(parts)
        total += int(parts[2].strip(), 16)
    s = []
    for i in range(150000):
        s.append("{0}-{1:04d}-{2}".format("ab"[i % 2], i, str(i)[::-1]))
    joined = ",".join(s)
    replaced = joined.replace("a-", "A_").replace("-", "")
    words = 0
    for i in range(0, len(replaced), 7):
        if replaced[i:i + 3].startswith("A_"):
            words += 1
    buf = ""
    for i in range(100000):
        buf += chr(97 + i % 26)
    counts = [buf.count(c) for c in "aeiou"]
    print("strings", len(text), fields, total, len(replaced), words, counts)
    print(lines[154321])
    print(replaced[:40])


main()
