# KeyboardInterrupt raised by hand is a BaseException, not an Exception.
def work():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "caught as Exception (wrong)"
    except KeyboardInterrupt:
        return "caught as KeyboardInterrupt"
print(work(), issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    try:
        raise KeyboardInterrupt("ctrl-c")
    finally:
        print("finally still runs")
except BaseException as e:
    print(type(e).__name__, e.args)
