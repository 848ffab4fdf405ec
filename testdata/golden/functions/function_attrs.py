# Functions are objects: attributes, __dict__, being passed around and
# stored, and equality.
def greet(name):
    "Say hello."
    return "hello " + name
greet.counter = 0
greet.counter += 1
print(greet.counter, greet.__dict__, greet.__doc__, greet.__name__)
alias = greet
print(alias("x"), alias is greet, alias == greet)
table = {"g": greet, "u": str.upper}
print(table["g"]("y"), table["u"]("z"))
greet.__name__ = "renamed"
print(greet.__name__, greet.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer() is outer(), type(outer).__name__)
print(greet.__code__.co_argcount, greet.__code__.co_varnames, greet.__globals__ is globals())
try:
    greet.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
