# sys.stdout and sys.stderr: write, print to them, and rebinding stdout.
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stderr.write("an error line\n")
print("to stderr", file=sys.stderr)
import io
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured text")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured:", repr(captured))
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable() if hasattr(sys.stdin, "readable") else True)
