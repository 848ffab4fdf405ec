# Exceptions raised inside except, else and finally blocks.
def show(label, fn):
    try:
        fn()
    except Exception as e:
        ctx = e.__context__
        print(label, "->", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        {}["second"]
def in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise TypeError("from else")
def in_finally_with_pending():
    try:
        raise ValueError("pending")
    finally:
        [][1]
def handler_reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("converted") from z
show("except", in_except)
show("else", in_else)
show("finally", in_finally_with_pending)
show("converted", handler_reraise_other)
