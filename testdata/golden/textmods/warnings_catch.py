# warnings: catch_warnings (record, restore), showwarning/formatwarning
# hooks, warn_explicit, WarningMessage, and the runtime's SyntaxWarnings
# going through the filters.
import io
import sys
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), type(w.message).__name__, w.lineno, w.filename.endswith("warnings_catch.py"), w.line)
print(str(log[0]).replace(repr(log[0].filename), "FILE"))
print(warnings.filters[0][0])

c = warnings.catch_warnings()
print(repr(c), repr(warnings.catch_warnings(record=True)))
with c:
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print("inside raised", e)
try:
    c.__enter__()
    c.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
c.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

print(warnings.formatwarning("msg", UserWarning, "nofile.py", 3), end="")
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 3, line="  the line  "), end="")
buf = io.StringIO()
warnings.showwarning("shown", FutureWarning, "f.py", 7, file=buf, line="src")
print(repr(buf.getvalue()))


def my_show(message, category, filename, lineno, file=None, line=None):
    print("HOOK", category.__name__, message, lineno)


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("through hook")
warnings.showwarning = old


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
sys.stderr = sys.stdout
warnings.warn("through format")
sys.stderr = sys.__stderr__
warnings.formatwarning = warnings._formatwarning_orig if hasattr(warnings, "_formatwarning_orig") else warnings.formatwarning

reg = {}
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 10, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "some/file.py", 10, registry=reg)
print(sorted(k for k in reg if k != "version"))
try:
    warnings.warn_explicit("x", UserWarning, "f", "a")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
wm = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(wm)
print(wm.file, wm.line, wm.source)

# The compiler's SyntaxWarnings go through the filters once warnings is imported.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("x is 1", "f", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("y = 2\nx is 'a'\n", "g", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.args)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    compile("x is ()", "h", "exec")
compile("assert (1, 'msg')", "<shown>", "exec")
sys.stderr.flush()
