# try statements inside loops: continue and break in try, except and
# finally, and retry loops.
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "connected"
for i in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
        continue
    else:
        print("success:", result)
        break
    finally:
        print("finally of iteration", i)
values = ["1", "x", "3", None, "5"]
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        print("skip", repr(v))
        continue
    except TypeError:
        print("stop at", v)
        break
print("total", total)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
print("n", n)
