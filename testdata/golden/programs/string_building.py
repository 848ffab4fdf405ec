# Building strings: join versus +=, formatting tables, and str methods.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
header = f"{'item':<10}{'qty':>5}{'price':>8}{'total':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}{qty * price:>8.2f}")
print("=" * len(header))
print(f"{'sum':<10}{sum(r[1] for r in rows):>5}{'':>8}{sum(r[1] * r[2] for r in rows):>8.2f}")
s = ""
for i in range(10):
    s += str(i)
print(s, "".join(str(i) for i in range(10)) == s)
csv = "\n".join(",".join(str(f) for f in r) for r in rows)
print(csv)
parsed = [line.split(",") for line in csv.splitlines()]
print([(n, int(q), float(p)) for n, q, p in parsed])
print("%-8s|%8s|" % ("left", "right"), "{:*^20}".format(" centered "))
