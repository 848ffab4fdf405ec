package stdlib

// contextlib in Python, written for minipy.

func init() {
	addFrozen("contextlib", "Utilities for with-statement contexts.  See PEP 343.", contextlibSource)
}

const contextlibSource = `
import abc
import os
import sys
from collections import deque
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

GenericAlias = type(list[int])


def _protocol(name, enter, exit, enter_impl, doc):
    # An ABC for a two-method protocol: enter has a default, exit is
    # abstract, and any class defining both is a virtual subclass.
    def hook(cls, C):
        if cls is not made:
            return NotImplemented
        for meth in (enter, exit):
            owner = next((k for k in C.__mro__ if meth in vars(k)), None)
            if owner is None or vars(owner)[meth] is None:
                return NotImplemented
        return True

    def exit_impl(self, exc_type, exc_value, traceback):
        return None
    enter_impl.__name__, exit_impl.__name__ = enter, exit
    made = abc.ABCMeta(name, (abc.ABC,), {
        '__doc__': doc, '__module__': 'contextlib',
        '__class_getitem__': classmethod(GenericAlias),
        enter: enter_impl, exit: abc.abstractmethod(exit_impl),
        '__subclasshook__': classmethod(hook),
    })
    return made


def _enter_self(self):
    return self


async def _aenter_self(self):
    return self


AbstractContextManager = _protocol(
    'AbstractContextManager', '__enter__', '__exit__', _enter_self,
    "An abstract base class for context managers.")
AbstractAsyncContextManager = _protocol(
    'AbstractAsyncContextManager', '__aenter__', '__aexit__', _aenter_self,
    "An abstract base class for asynchronous context managers.")


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(inner)


class AsyncContextDecorator(object):
    "A base class or mixin that enables async context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(inner)


def _verdict(err, thrown, tb, stop_type):
    # What __exit__ does after thrown went into the generator and err came
    # out: True to swallow thrown, False to let it propagate, None to
    # raise err instead.
    if isinstance(err, stop_type):
        return err is not thrown
    if err is thrown:
        err.__traceback__ = tb
        return False
    # PEP 479: a StopIteration thrown in comes back as a RuntimeError.
    if (isinstance(err, RuntimeError) and err.__cause__ is thrown and
            isinstance(thrown, (StopIteration, StopAsyncIteration))):
        thrown.__traceback__ = tb
        return False
    return None


class _GeneratorCMBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self._remake = (func, args, kwds)
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(*self._remake)


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._remake = None
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    self.gen.close()
            return False
        thrown = typ() if value is None else value
        try:
            self.gen.throw(typ, thrown, traceback)
        except BaseException as err:
            decision = _verdict(err, thrown, traceback, StopIteration)
            if decision is None:
                raise
            return decision
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorCMBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._remake = None
        async for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    await self.gen.aclose()
            return False
        thrown = typ() if value is None else value
        try:
            await self.gen.athrow(typ, thrown, traceback)
        except BaseException as err:
            decision = _verdict(err, thrown, traceback, StopAsyncIteration)
            if decision is None:
                raise
            return decision
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once
    becomes a factory of context managers."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async form of contextmanager."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up
    resource such as an async generator, calling its aclose() method."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Swaps sys.<_stream> for the target; re-entrant (a stack of the
    # streams it replaced).
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = 'stderr'


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions"""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


def _unsupported(cm, what):
    kind = type(cm)
    return TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                     f"not support the {what} protocol")


def _link_context(new, old, outer):
    # new was raised while old was being handled: walking new's context
    # chain, old takes the place of the exception the whole with
    # statement runs under (outer); a chain that already reaches old, or
    # ends, is left alone.
    link = new
    while True:
        ctx = link.__context__
        if ctx is None or ctx is old:
            return
        if ctx is outer:
            link.__context__ = old
            return
        link = ctx


def _raise_keeping_context(exc):
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """A base class for ExitStack and AsyncExitStack."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Preserve the context stack by transferring it to a new instance."""
        twin = type(self)()
        twin._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return twin

    def _push(self, is_sync, fn):
        self._exit_callbacks.append((is_sync, fn))

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature."""
        method = getattr(type(exit), '__exit__', None)
        self._push(True, exit if method is None else method.__get__(exit, type(exit)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager."""
        kind = type(cm)
        if not (hasattr(kind, '__enter__') and hasattr(kind, '__exit__')):
            raise _unsupported(cm, "context manager")
        result = kind.__enter__(cm)
        self._push(True, kind.__exit__.__get__(cm, kind))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push(True, _exit_wrapper)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        outer = sys.exc_info()[1]
        details = exc_details
        swallowed = failed = False
        while self._exit_callbacks:
            _, fn = self._exit_callbacks.pop()
            try:
                if fn(*details):
                    details = (None, None, None)
                    swallowed, failed = True, False
            except BaseException as err:
                if details[1] is not None:
                    _link_context(err, details[1], outer)
                details = (type(err), err, err.__traceback__)
                failed = True
        if failed:
            _raise_keeping_context(details[1])
        return exc_details[0] is not None and swallowed

    def close(self):
        """Immediately unwind the context stack."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async context manager for dynamic management of a stack of exit
    callbacks."""

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager."""
        kind = type(cm)
        if not (hasattr(kind, '__aenter__') and hasattr(kind, '__aexit__')):
            raise _unsupported(cm, "asynchronous context manager")
        result = await kind.__aenter__(cm)
        self._push(False, kind.__aexit__.__get__(cm, kind))
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method
        signature."""
        method = getattr(type(exit), '__aexit__', None)
        self._push(False, exit if method is None else method.__get__(exit, type(exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push(False, _exit_wrapper)
        return callback

    async def aclose(self):
        """Immediately unwind the context stack."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        outer = sys.exc_info()[1]
        details = exc_details
        swallowed = failed = False
        while self._exit_callbacks:
            is_sync, fn = self._exit_callbacks.pop()
            try:
                outcome = fn(*details) if is_sync else await fn(*details)
                if outcome:
                    details = (None, None, None)
                    swallowed, failed = True, False
            except BaseException as err:
                if details[1] is not None:
                    _link_context(err, details[1], outer)
                details = (type(err), err, err.__traceback__)
                failed = True
        if failed:
            _raise_keeping_context(details[1])
        return exc_details[0] is not None and swallowed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Non thread-safe context manager to change the current working directory."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())
`
