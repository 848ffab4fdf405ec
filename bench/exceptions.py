# Exceptions: raise and catch in a loop, user-defined exception classes with
# inheritance, try/except/else/finally, re-raise, raise from, and built-in
# errors (KeyError, ZeroDivisionError, ValueError) raised by operations.


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise Invalid(len(s)) from e


def work(i, d):
    if i % 7 == 0:
        return lookup(d, i)
    if i % 11 == 0:
        return parse("x" * (i % 5))
    if i % 13 == 0:
        return 1 // (i % 2)
    return i


def main():
    d = {i: i * 2 for i in range(0, 700000, 3)}
    counts = {"ok": 0, "notfound": 0, "invalid": 0, "zero": 0, "finally": 0, "chained": 0}
    total = 0
    for i in range(700000):
        try:
            v = work(i, d)
        except NotFound as e:
            counts["notfound"] += 1
            total += e.code % 7
        except Invalid as e:
            counts["invalid"] += 1
            if e.__cause__ is not None:
                counts["chained"] += 1
        except ZeroDivisionError:
            counts["zero"] += 1
        else:
            counts["ok"] += 1
            total += v
        finally:
            counts["finally"] += 1
    nested = 0
    for i in range(130000):
        try:
            try:
                raise AppError(i)
            except AppError as e:
                if e.code % 2:
                    raise
                nested += 1
        except AppError:
            nested += 2
    print("exceptions", sorted(counts.items()), total, nested)


main()
