# try with every combination of except, else and finally.
def run(kind):
    print("--", kind)
    try:
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("bad type")
        print("no error")
    except ValueError as e:
        print("ValueError handler:", e)
    except (KeyError, IndexError) as e:
        print("lookup handler:", repr(e))
    except Exception:
        print("generic handler")
    else:
        print("else: nothing raised")
    finally:
        print("finally")

for k in ("none", "value", "key", "type"):
    run(k)

# try/finally without except lets the error through.
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer caught", e)

# try/except/else without finally.
try:
    x = int("12")
except ValueError:
    print("no")
else:
    print("else got", x)

# Bare except.
try:
    [][0]
except:
    print("bare except caught")

# An exception in the else block is not caught by the handlers of the same try.
try:
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0
except ZeroDivisionError:
    print("else-raised error escaped the inner try")

# An exception raised in a handler replaces the first.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))

# The name bound by "as" is deleted after the handler.
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())
