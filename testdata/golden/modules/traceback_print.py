import sys
import traceback


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        raise OSError("cannot close " + self.name)


def work(items):
    total = 0
    for i in items:
        total += items[i] * 2
    return total


def run():
    r = Resource("db")
    try:
        return work({"a": 1, "b": None})
    except KeyError as e:
        e.add_note("while summing")
        try:
            r.close()
        finally:
            pass


try:
    run()
except OSError:
    traceback.print_exc()
    text = traceback.format_exc()
    sys.stderr.write(text)

try:
    eval("1 +* 2")
except SyntaxError as e:
    traceback.print_exception(e)
    print(traceback.format_exception_only(e))

try:
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError:
    traceback.print_exc()
except* KeyError as eg:
    traceback.print_exception(eg)

sys.tracebacklimit = 1
try:
    work({"a": "x", "b": 2})
except TypeError as e:
    traceback.print_exception(e)
    print(len(traceback.extract_tb(e.__traceback__)))
del sys.tracebacklimit
print("done")
run()
