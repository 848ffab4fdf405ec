package stdlib

// numbers in Python: the PEP 3141 tower of abstract classes, with the
// built-in numeric types registered at their level (bool is an int, so
// it is Integral through int).

func init() {
	addFrozen("numbers", "Abstract Base Classes (ABCs) for numbers, according to PEP 3141.\n\nTODO: Fill out more detailed documentation on the operators.", numbersSource)
}

const numbersSource = `
from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) says that x
    is a number of some kind."""
    __slots__ = ()
    # Numbers are values: a concrete class that wants hashing defines it.
    __hash__ = None


def _abstract(*names):
    # A namespace of abstract methods that only raise NotImplementedError.
    out = {}
    for nm in names:
        def stub(self, *args):
            raise NotImplementedError
        stub.__name__ = stub.__qualname__ = nm
        out[nm] = abstractmethod(stub)
    return out


class Complex(Number):
    """Numbers with the operations of the built-in complex."""
    __slots__ = ()
    locals().update(_abstract(
        '__complex__', '__add__', '__radd__', '__neg__', '__pos__',
        '__mul__', '__rmul__', '__truediv__', '__rtruediv__', '__pow__',
        '__rpow__', '__abs__', 'conjugate', '__eq__'))

    def __bool__(self):
        return self != 0

    @property
    @abstractmethod
    def real(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        raise NotImplementedError

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Complex numbers that are also ordered: floor, ceil, round, //, %."""
    __slots__ = ()
    locals().update(_abstract(
        '__float__', '__trunc__', '__floor__', '__ceil__', '__round__',
        '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__',
        '__le__'))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Reals that are a ratio of integers (numerator, denominator), in
    lowest terms."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rationals with denominator 1: int(), pow() with a modulus, and
    the bitwise operators."""
    __slots__ = ()
    locals().update(_abstract(
        '__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
        '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__',
        '__invert__'))

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
del _abstract
`
