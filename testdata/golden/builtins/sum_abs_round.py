# sum, abs and round with many argument types.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(5), start=100))
print(sum([1, 2.5, 3j]), sum(x * x for x in range(4)), sum([True, True, False]))
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(-(10 ** 30)), abs(False))
class Neg:
    def __abs__(self):
        return "absolute"
print(abs(Neg()))
print(round(3.14159, 2), round(2.5), round(1.5), round(-2.5), round(17, -1), round(25, -1), round(3.7))
print(round(1234.5678, -2), round(0.125, 2), round(0.375, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for call in (lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: abs("x"), lambda: round("x"), lambda: round(1.5, "x")):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(round(float("inf")) if False else "round(inf) raises")
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
