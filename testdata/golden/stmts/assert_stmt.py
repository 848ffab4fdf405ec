# assert with and without a message, passing and failing.
assert True
assert 1 == 1, "never shown"
print("passing asserts are silent")

try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e, e.args)

# The message expression is evaluated only on failure.
def msg():
    print("computing message")
    return "computed"
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print("caught:", e)

# The message can be any object.
try:
    assert None, {"code": 42}
except AssertionError as e:
    print(e.args[0]["code"])

def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2

print(check(21))
try:
    check("s")
except AssertionError as e:
    print(e)
