# Exception objects: args, str and repr with zero/one/many args,
# with_traceback, __traceback__ and attributes of specific kinds.
for e in (Exception(), Exception("one"), Exception("a", 2), KeyError("k"), KeyError(), OSError(2, "No such file")):
    print(repr(e), "|", str(e), "|", e.args)
try:
    {}["missing"]
except KeyError as e:
    print(e.args, repr(str(e)))
try:
    import no_such_mod_abc
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    (1).missing
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_thing
except NameError as e:
    print(e.name)
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
e = ValueError("x").with_traceback(None)
print(e.__traceback__, isinstance(e, BaseException), StopIteration(5).value)
OSe = OSError(13, "Permission denied", "/tmp/x")
print(OSe.errno, OSe.strerror, OSe.filename, OSe, type(OSError(2, "x")).__name__)
