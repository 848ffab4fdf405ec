# UnboundLocalError: assignment anywhere in a function makes a name local.
x = "global"
def reads_then_assigns():
    print(x)
    x = "local"
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        z = "set"
    return z
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_var():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
free_var()
def aug():
    counter += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
