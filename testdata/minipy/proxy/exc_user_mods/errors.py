# Exception types of a module, for exc_user_defined.py.
class DataError(ValueError):
    """A user-defined subclass of a built-in exception."""

def load(text):
    if not text:
        raise DataError('empty input', text)
    return text.upper()
