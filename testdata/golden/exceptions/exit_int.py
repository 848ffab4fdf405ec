# sys.exit(int) sets the exit status; finally blocks still run.
import sys
try:
    print("exiting with 7")
    sys.exit(7)
finally:
    print("finally runs on SystemExit")
