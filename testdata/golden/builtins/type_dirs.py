# The attribute names of the built-in types and their iterators, as dir()
# lists them (a missing or extra method shows here).
import builtins
ts = [v for k, v in sorted(vars(builtins).items()) if isinstance(v, type) and not issubclass(v, BaseException)
      and k not in ('memoryview', 'bytearray', 'reversed', 'zip', '__loader__')]
ts += [type(iter({})), type({}.keys()), type({}.values()), type({}.items()), type(iter(set())),
       type(lambda: 0), type((x for x in [])), type(len), type([].append), type(str.join), type(None), type(...),
       type(int.__add__), type((1).__add__), type(iter(int, 1))]
for t in ts:
    print(t.__name__, sorted(dir(t)))
print([n for n in dir(iter('é')) if n != '__setstate__'], [n for n in dir(iter('')) if n != '__setstate__'])
print(sorted(dir(BaseException)))
print(sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
