# typing: Generic classes, Protocol checks, functional NamedTuple/TypedDict, hints on classes, decorators, errors.
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Mapping, NamedTuple,
                    Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, overload, final, assert_never, runtime_checkable, cast, Iterable)
import typing
from dataclasses import dataclass

T = TypeVar('T')
KT = TypeVar('KT')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack.__parameters__, Stack[str], type(s).__name__, isinstance(s, Stack))

class Pair(Generic[KT, T]):
    pass
print(Pair[str, int], Pair.__parameters__, Dict[KT, List[T]][str, int])

@dataclass
class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []
print(Config('x'), [f for f in Config.__dataclass_fields__ if Config.__dataclass_fields__[f]._field_type.name == '_FIELD'])
print(get_type_hints(Config))

class SupportsClose(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...

print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(dict, HasLen))
try:
    isinstance(1, SupportsClose)
except TypeError as e:
    print(e)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields)
Movie = TypedDict('Movie', {'title': str, 'year': int})
print(Movie(title='x', year=1), Movie.__required_keys__ == frozenset({'title', 'year'}), typing.is_typeddict(Movie))

class Base(TypedDict):
    a: int
class Ext(Base, total=False):
    b: str
print(sorted(Ext.__required_keys__), sorted(Ext.__optional_keys__), Ext.__annotations__)

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x
print(conv(1), len(typing.get_overloads(conv)))

@final
class Leaf:
    pass
print(Leaf.__final__)
try:
    assert_never(5)
except AssertionError as e:
    print(e)

print(get_origin(Optional[int]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Tuple[int, ...]), get_args(Tuple[()]),
      get_origin(list[int]), get_args(Callable[..., int]), get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], Optional[Optional[int]], Union[int, Union[str, float]], Literal[1, 1, 2])
print(List[int] | None, Sequence[int], Mapping[str, Any], Iterable)

tests = [
    lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: Callable[int, str],
    lambda: Generic[int], lambda: TypeVar('X', int), lambda: List(), lambda: Any(), lambda: Optional[1],
    lambda: isinstance(1, Union[int, List[int]]), lambda: Any[int], lambda: Stack[int, str],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
