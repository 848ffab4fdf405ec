import sys
def hook(t, v, tb):
    raise KeyError("hook broken")
sys.excepthook = hook
raise ValueError("uncaught")
