# format(value, spec) over a sample of the spec grid (fill/align, sign,
# #, 0, width, grouping, precision, type) for ints, floats and complex.
import itertools
vals = [0, 1, -1, 7, -42, 255, 1000, 123456789, -10**18, 10**25, True, 0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1/3, 2/3, 1e-7, 1.5e-5, 9.999999e-5, 0.0001, 123.456, 1e15, 1e16, 1e17, 9.5, 99.5, 999999.5, 1e100, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan'), 1+1j, -0.5-2.25j, 1e20j, complex(0, -0.0)]
fills = ['', '*<', '*>', '*^', '0=', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.1', '.3', '.12']
types = ['', 'b', 'c', 'd', 'e', 'E', 'f', 'F', 'g', 'G', 'n', 'o', 's', 'x', 'X', '%']
out = []
grid = itertools.product(fills, signs, alts, zeros, widths, groups, precs, types)
for fa, sg, al, z, w, g, p, t in itertools.islice(grid, 0, None, 2003):
    spec = fa + sg + al + z + w + g + p + t
    for v in vals:
        try: r = format(v, spec)
        except Exception as e: r = type(e).__name__ + ": " + str(e)
        out.append(f"{v!r} {spec!r} {r!r}")
print("\n".join(out))
