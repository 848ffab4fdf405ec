import sys
import traceback
import linecache

def f(n):
    if n == 0:
        return 1 / n
    return f(n - 1)

def g():
    try:
        f(2)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

try:
    g()
except ValueError as e:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
    print(s == "".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)), end="")
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename == __file__, fs.lineno, fs.name, fs.line)
        fn, ln, name, line = fs
        print(ln, name, line, len(fs), fs[2])
    print(traceback.format_tb(tb))
    traceback.print_tb(tb, file=sys.stdout)
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, te.__cause__.exc_type, te.__context__ is not None, str(te))
    print(len(te.stack), te.stack[0].name)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()))
    print(te.__cause__.stack.format())

try:
    try:
        {}["k"]
    except KeyError:
        x = [1, 2][5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
    traceback.print_exc(limit=0, file=sys.stdout)

def deep():
    return traceback.extract_stack()

def deeper():
    st = deep()
    return st

st = deeper()
for fs in st:
    print(fs.name, fs.lineno, fs.line)
print("".join(traceback.format_list(st)), end="")
print(traceback.format_list([("a.py", 3, "fn", "x = 1")]))

def show():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
show()

def walker():
    return [(f.f_code.co_name, ln) for f, ln in traceback.walk_stack(None)][:2]
print(walker())
s = traceback.StackSummary.extract(traceback.walk_stack(None))
print([fs.name for fs in s])

try:
    compile("x = (1 +\n", "<string>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
try:
    compile("a b", "prog.py", "exec")
except SyntaxError as e:
    traceback.print_exc(file=sys.stdout)

e = ValueError("with notes")
e.add_note("note one")
e.add_note("note two")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
try:
    raise e
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)

try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e2:
    print("VE", e2)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

def boom():
    a = 1
    return a + "x"
try:
    boom()
except TypeError as e:
    tb = e.__traceback__
    fs = traceback.extract_tb(tb)[-1]
    print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
    print(traceback.format_tb(tb, limit=-1))
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print("".join(te.stack.format()).count("a = 1"))
    traceback.clear_frames(tb)
    print(fs == traceback.FrameSummary(fs.filename, fs.lineno, fs.name))
    print(fs == (fs.filename, fs.lineno, fs.name, fs.line))

print(linecache.getline(__file__, 1), end="")
print(repr(linecache.getline(__file__, 100000)))
print(len(linecache.getlines(__file__)) > 100)
linecache.checkcache(__file__)
linecache.clearcache()
print(linecache.getline("no/such/file.py", 1) == "")

def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0
try:
    rec(0)
except ZeroDivisionError:
    print(traceback.format_exc())
