# SystemExit: codes of int, str and None, args, and that it is not an
# Exception subclass.
import sys
for arg in ((), (0,), (3,), ("message",), (None,), ([1, 2],)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        raise SystemExit(4)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("caught by BaseException handler", e.code)
try:
    raise SystemExit
except BaseException as e:
    print(type(e).__name__, repr(e.code))
