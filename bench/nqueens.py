# Backtracking search on lists: counting the solutions of the N-queens
# problem (recursion, list append/pop, boolean lists, tuple building).


def queens(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = []
    solutions = []

    def place(r):
        if r == n:
            solutions.append(tuple(placed))
            return
        for c in range(n):
            if not cols[c] and not diag1[r + c] and not diag2[r - c + n]:
                cols[c] = diag1[r + c] = diag2[r - c + n] = True
                placed.append(c)
                place(r + 1)
                placed.pop()
                cols[c] = diag1[r + c] = diag2[r - c + n] = False

    place(0)
    return solutions


def main():
    counts = []
    for n in range(4, 13):
        counts.append(len(queens(n)))
    sols = queens(9)
    print("nqueens", counts, sols[0], sols[-1], sum(sum(s) for s in sols))


main()
