# Spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2 + i + 1),
# by power iteration (Computer Language Benchmarks Game): float division,
# nested loops, a small function called in the innermost loop.


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(n, v):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s
    return out


def mul_atv(n, v):
    out = [0.0] * n
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s
    return out


def mul_atav(n, v):
    return mul_atv(n, mul_av(n, v))


def main():
    n = 260
    u = [1.0] * n
    v = None
    for _ in range(10):
        v = mul_atav(n, u)
        u = mul_atav(n, v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"{(vbv / vv) ** 0.5:.9f}")


main()
