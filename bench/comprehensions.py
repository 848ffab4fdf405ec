# Comprehensions: list, dict and set comprehensions and generator
# expressions, nested loops and conditions, over ranges and lists.


def main():
    n = 1000
    grid = [[(i * j) % 17 for j in range(n)] for i in range(n)]
    row_sums = [sum(row) for row in grid]
    col_max = [max(grid[i][j] for i in range(n)) for j in range(n)]
    diag = [grid[i][i] for i in range(n) if grid[i][i] % 2 == 0]
    transposed = [[row[j] for row in grid] for j in range(n)]
    flat = [x for row in transposed for x in row if x > 8]
    squares = {i: i * i for i in range(900000) if i % 3}
    residues = {x % 9973 for x in squares.values()}
    triples = [(a, b, c) for a in range(1, 500) for b in range(a, 500)
               for c in [int((a * a + b * b) ** 0.5)] if c * c == a * a + b * b and c < 500]
    words = [f"w{i % 701}" for i in range(600000)]
    lengths = {w: len(w) for w in words}
    by_first = {}
    for w in lengths:
        by_first.setdefault(w[1], []).append(w)
    summary = sorted((k, len(v)) for k, v in by_first.items())
    print("comp", sum(row_sums), sum(col_max), len(diag), len(flat), sum(flat))
    print(len(squares), len(residues), len(triples), triples[:3], triples[-1])
    print(len(lengths), summary)


main()
