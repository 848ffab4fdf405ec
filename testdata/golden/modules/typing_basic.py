# typing: reprs of the special forms and aliases, equality, origins/args, NamedTuple, TypedDict, NewType, Protocol.
import typing as t
T = t.TypeVar('T'); K = t.TypeVar('K', bound=int); V = t.TypeVar('V', str, bytes, covariant=True)
print(t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int], t.Union[int, None, str], t.Callable[[int], str], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Any, T, K, V, t.List, t.Callable, t.Type[int], t.Literal[1, 'a'], t.ClassVar[int], t.Final[int], t.Annotated[int, 'm'], t.Iterable[T], t.List[T][int])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_args(t.Callable[[int], str]), t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
class C(t.Generic[T]):
    pass
print(C[int], C[int]().__class__, C.__parameters__, t.Generic)
try: isinstance([], t.List[int])
except Exception as e: print(type(e).__name__, e)
print(isinstance([], t.List), issubclass(list, t.Sequence), t.Union[int, str] | None)
class P(t.NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._fields, P.__annotations__, P._field_defaults)
class TD(t.TypedDict, total=False):
    a: int
print(TD(a=1), TD.__required_keys__, TD.__optional_keys__, TD.__total__)
UserId = t.NewType('UserId', int); print(UserId(5), UserId)
print(t.cast(int, 'x'), t.TYPE_CHECKING)
def f(x: int, y: 'str' = 'a') -> t.List[int]: pass
print(t.get_type_hints(f))
@t.runtime_checkable
class Closer(t.Protocol):
    def close(self): ...
import io
print(isinstance(io.StringIO(), Closer), isinstance(1, Closer))
try: Closer()
except Exception as e: print(type(e).__name__, e)
print(t.Optional[t.List[int]], t.Union[t.List[int], None, t.Dict[str, int]], repr(t.Union), repr(t.Optional), t.Tuple[int, str], t.FrozenSet[int], t.DefaultDict[str, int], t.Deque[int], t.Counter[str], t.Generator[int, None, None], t.Iterator[int])
