# open() without writing into the repository: read this script itself,
# write to /dev/null, and the errors of bad paths and modes.
with open(__file__) as f:
    first = f.readline()
    rest = f.readlines()
print(repr(first), len(rest) + 1, rest[-1].rstrip())
with open(__file__, "rb") as f:
    head = f.read(9)
print(head, type(head).__name__)
with open(__file__, encoding="utf-8") as f:
    print(sum(1 for line in f if line.startswith("with")))
f = open("/dev/null", "w")
print(f.write("discarded"), f.closed, f.mode)
f.close()
print(f.closed, repr(open("/dev/null").read()))
for args in (("/nonexistent/dir/file.txt",), (".",), (__file__, "rw"), (__file__, "x+b", 1, "utf-8")):
    try:
        open(*args)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
