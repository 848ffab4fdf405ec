# sys.exit with a code from inside nested calls; the code is the status.
import sys
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(42)
    deep(n - 1)
try:
    deep(3)
except SystemExit as e:
    print("intercepted", e.code)
deep(2)
