# list[int] (types.GenericAlias) and int | str (types.UnionType).
cases = r'''
list[int]
dict[str, int]
type(list[int])
int | str
int | None
None | int
int | int
(int | str) | float
int | (str | float)
(int | str).__args__
type(int | str)
int | 1
isinstance(1, int | str)
isinstance(None, int | None)
issubclass(bool, int | str)
(int | str) == (str | int)
hash(int | str) == hash(str | int)
int | list[int]
isinstance([], list[int])
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        print(c, '->', type(e).__name__ + ':', e)
    else:
        print(c, '=>', repr(r))
print(enumerate[int], list[int]([1,2]), dict[str,int](a=1))
def f(x: list[int], y: dict[str, list[int]] | None = None) -> int | None: pass
print(f.__annotations__)
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__ if hasattr(A, '__orig_bases__') else 'no')
for c in ["isinstance(1, 5)", "issubclass(1, 5)", "issubclass(int, 5)", "isinstance(1, (int, 5))", "isinstance('a', (5, str))", "list[int] == list[int]", "list[int] | None", "tuple[int, ...]", "tuple[()]", "list[int][str]", "(int|str)[int]", "type[int]", "list[int].__name__", "dict[str, int].__args__", "list[int].append", "list[int].__class__", "sorted(set(dir(list[int])) - set(dir(list)))"]:
    try: print(c, '=>', eval(c))
    except Exception as e: print(c, '->', type(e).__name__, e)
