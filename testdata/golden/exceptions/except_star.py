# except* and ExceptionGroup (Python 3.11).
try:
    raise ExceptionGroup("several", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("group", [KeyError("a"), ExceptionGroup("inner", [OSError("b")])])
print(repr(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
