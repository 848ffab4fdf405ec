def f():
    global g
    g: int = 1
