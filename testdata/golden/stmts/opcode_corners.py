# Instructions that ordinary code rarely produces: del of a variable a
# closure shares (DELETE_DEREF), a loop that runs while a value is None
# (its backward jump tests for None), and an expression statement in
# interactive ("single") mode, which prints its value (PRINT_EXPR).
import sys


def outer():
    x = 1

    def inner():
        return x

    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)


outer()


def until_found(items):
    found = None
    i = 0
    while found is None:
        if items[i] > 2:
            found = items[i]
        i += 1
    return found


print(until_found([1, 2, 3, 4]))

code = compile("6 * 7", "<single>", "single")
exec(code)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
print("_ is", _)
exec(compile("for i in range(2): i\n", "<single>", "single"))
sys.stdout.flush()
