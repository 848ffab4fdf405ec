# exit() raises SystemExit; the code becomes the exit status.
try:
    exit()
except SystemExit as e:
    print("caught exit()", repr(e.code))
try:
    quit(5)
except SystemExit as e:
    print("caught quit(5)", e.code)
print("now exiting for real with status 3")
exit(3)
print("not reached")
