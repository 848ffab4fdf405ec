import sys
def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb.tb_frame.f_code.co_name)
sys.excepthook = hook
print("before")
def f():
    raise ValueError("uncaught")
f()
