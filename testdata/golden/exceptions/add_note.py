# add_note (Python 3.11): notes on exceptions, shown in tracebacks.
try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second note")
    print(e.__notes__, str(e))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
def process(items):
    for i, item in enumerate(items):
        try:
            1 / item
        except ZeroDivisionError as e:
            e.add_note(f"while processing item {i}")
            raise
process([1, 2, 0])
