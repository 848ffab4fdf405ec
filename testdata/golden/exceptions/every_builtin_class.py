# Every built-in exception class: raised, caught by its own class and by
# its base, with str and repr as CPython shows them; OSError's errno maps
# to its subclasses.
import builtins
names = sorted(n for n, v in vars(builtins).items()
               if isinstance(v, type) and issubclass(v, BaseException))
print(len(names), "classes")
for n in names:
    cls = getattr(builtins, n)
    if issubclass(cls, BaseExceptionGroup):
        args = ("group", [ValueError(1)])
    elif issubclass(cls, UnicodeDecodeError):
        args = ("utf-8", b"\xff", 0, 1, "invalid start byte")
    elif issubclass(cls, UnicodeEncodeError):
        args = ("ascii", "\xe9", 0, 1, "ordinal not in range(128)")
    elif issubclass(cls, UnicodeTranslateError):
        args = ("\xe9", 0, 1, "no mapping")
    elif issubclass(cls, SyntaxError):
        args = ("message", ("f.py", 1, 2, "text", 1, 3))
    else:
        args = ("message", 2)
    try:
        raise cls(*args)
    except cls as e:
        b = cls.__mro__[1] if cls is not BaseException else BaseException
        base = b.__name__
        try:
            raise e
        except b as again:
            caught_by_base = again is e
        print(f"{n}: base={base} str={str(e)!r} repr={e!r} by_base={caught_by_base}")
for code, name in [(11, "EAGAIN"), (114, "EALREADY"), (115, "EINPROGRESS"), (10, "ECHILD"), (32, "EPIPE"),
                   (108, "ESHUTDOWN"), (103, "ECONNABORTED"), (111, "ECONNREFUSED"), (104, "ECONNRESET"),
                   (17, "EEXIST"), (2, "ENOENT"), (21, "EISDIR"), (20, "ENOTDIR"), (4, "EINTR"),
                   (13, "EACCES"), (1, "EPERM"), (3, "ESRCH"), (110, "ETIMEDOUT"), (9999, "unknown")]:
    e = OSError(code, f"{name} text")
    print(code, name, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file or directory", "missing.txt")
print(repr(e), e.filename, str(e))
e = OSError("just a message")
print(repr(e), e.errno, str(e))
e = BlockingIOError(11, "again", 5)
print(e.characters_written, str(e))
print(EnvironmentError is OSError, IOError is OSError)
