# The order of except, else and finally blocks across nested calls, and
# finally blocks running while an exception propagates.
def level3():
    try:
        print("level3 raising")
        raise KeyError("deep")
    finally:
        print("level3 finally")
def level2():
    try:
        level3()
    except ValueError:
        print("level2 wrong handler")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "from except"
    else:
        return "from else"
    finally:
        print("level1 finally")
print(level1())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(swallow())
def gen_cleanup():
    try:
        yield 1
    finally:
        print("generator finally")
for v in gen_cleanup():
    print("loop", v)
    break
print("after break")
