print("before")
def f():
    raise SystemExit(3)
f()
