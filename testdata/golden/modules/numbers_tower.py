import numbers
for t in (int, bool, float, complex, str):
    print(t.__name__, [issubclass(t, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Integral), isinstance(1j, numbers.Real))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Number.__hash__, numbers.__all__)
try:
    numbers.Real()
except TypeError as e:
    print(e)
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(e)
