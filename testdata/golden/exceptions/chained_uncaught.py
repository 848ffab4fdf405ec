# An uncaught chained exception: both tracebacks are printed with the
# "During handling" separator.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"cannot parse {s!r}")
print(parse("12"))
parse("twelve")
