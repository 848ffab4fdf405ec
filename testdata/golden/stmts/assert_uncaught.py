# An uncaught failing assert: the traceback and message go to stderr.
def validate(n):
    assert n > 0, f"n must be positive, got {n}"
    return n

print(validate(3))
validate(-2)
print("not reached")
