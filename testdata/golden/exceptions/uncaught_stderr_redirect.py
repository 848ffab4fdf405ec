import sys, io
sys.stderr = io.StringIO()
try:
    raise ValueError("x")
finally:
    sys.__stderr__.write("captured: " + repr(sys.stderr.getvalue()) + "\n")
