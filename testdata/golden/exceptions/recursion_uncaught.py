# Uncaught infinite recursion: CPython prints a shortened traceback that
# collapses the repeated lines.
def down(n):
    return down(n + 1)
print("recursing")
down(0)
