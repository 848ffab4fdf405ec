import sys
def hook(t, v, tb):
    print("hook sees SystemExit?", t)
    sys.exit(7)
sys.excepthook = hook
raise ValueError("x")
