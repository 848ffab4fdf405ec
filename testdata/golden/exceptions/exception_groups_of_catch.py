# Catching with base classes: which handler wins, BaseException vs
# Exception, and KeyboardInterrupt not being an Exception.
def classify(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError handler"
    except LookupError:
        return "LookupError handler"
    except Exception:
        return "Exception handler"
    except BaseException:
        return "BaseException handler"
for exc in (ZeroDivisionError(), OverflowError(), FloatingPointError(), IndexError(), KeyError(),
            ValueError(), UnicodeError(), KeyboardInterrupt(), GeneratorExit(), SystemExit()):
    print(type(exc).__name__, "->", classify(exc))
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])
print(issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError), issubclass(FileNotFoundError, OSError))
