# Measures how many non-trivial lines of the frozen Python sources in vm/stdlib
# are identical to lines of CPython's Lib (run with python3; -v FILE lists them).
import re, sys, os, sysconfig
lib = sysconfig.get_paths()['stdlib']
pairs = {
 'functools_py.go': ['functools.py'], 'collections_py.go': ['collections/__init__.py', 'keyword.py'],
 'collections_abc_py.go': ['_collections_abc.py'], 'abc_py.go': ['abc.py', '_py_abc.py'],
 'types_py.go': ['types.py'], 'contextlib_py.go': ['contextlib.py'], 'string_py.go': ['string.py'],
 'heapq_py.go': ['heapq.py', 'bisect.py'], 'random_py.go': ['random.py'], 'dataclasses_py.go': ['dataclasses.py'], 'typing_py.go': ['typing.py'], 'enum_py.go': ['enum.py'], 'textwrap_py.go': ['textwrap.py'], 'json_py.go': ['json/__init__.py', 'json/encoder.py', 'json/decoder.py', 'json/scanner.py'],
}
def trivial(s):
    return len(s) < 12 or s.startswith('#')
def allowed(s):
    # signatures (def/class/decorators/slots) and messages (raise lines, string literals)
    return (s.startswith(('def ', 'class ', 'async def ', '@', '__slots__', 'raise ')) or
            s[:1] in '\'"' or s[:2] in ('f"', "f'", 'r"', "r'"))
T = [0, 0, 0]
for go, refs in pairs.items():
    src = open('/work/wt/stdlib/vm/stdlib/' + go).read()
    body = '\n'.join(re.findall(r'`(.*?)`', src, re.S))
    ref = set()
    for r in refs:
        ref |= {l.strip() for l in open(os.path.join(lib, r)) if not trivial(l.strip())}
    lines = [l.strip() for l in body.splitlines() if not trivial(l.strip())]
    same = [l for l in lines if l in ref]
    other = [l for l in same if not allowed(l)]
    T[0] += len(lines); T[1] += len(same); T[2] += len(other)
    print(f'{go:24} identical {len(same):4}/{len(lines):4} = {100*len(same)/max(1,len(lines)):5.1f}%   excluding signatures/messages {len(other):4} = {100*len(other)/max(1,len(lines)):5.1f}%')
    if '-v' in sys.argv and go.startswith(sys.argv[-1]):
        for l in other: print('    ', l)
print(f'total identical {T[1]}/{T[0]} = {100*T[1]/T[0]:.1f}%   excluding signatures/messages {T[2]} = {100*T[2]/T[0]:.1f}%')
