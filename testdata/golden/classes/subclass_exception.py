# Subclassing Exception: custom attributes, __str__, args, and hierarchies.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field, self.reason = field, reason
    def __str__(self):
        return f"invalid {self.field}: {self.reason}"
for exc in (NotFound("user"), Invalid("age", "negative"), AppError("generic", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", repr(e))
try:
    raise NotFound("page")
except LookupError:
    print("not a LookupError")
except AppError as e:
    print("caught as AppError:", e.what)
class WithKey(KeyError):
    pass
try:
    {}["x"]
except KeyError as e:
    print(repr(e))
try:
    raise WithKey("k")
except LookupError as e:
    print("WithKey is a LookupError:", e)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
