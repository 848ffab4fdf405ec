import os.path as osp, sys
from collections import OrderedDict as OD
x = 0
def outer(a, /, b, *args, c, d=2, **kw):
    y = a
    def mid():
        z = y
        def inner():
            nonlocal z
            z += b
            return x, y, z, [q for q in args if (w := q)]
        return inner
    class K(object):
        y = 5
        def m(self):
            return y, __class__, self.__priv
        def __dunder__(self): pass
    lam = lambda e, *f, g=y, **h: e + g + y
    gen = (i * j for i in range(3) for j in range(i) if i)
    dc = {k: v for k, v in kw.items()}
    sc = {s for s in b}
    async def co():
        await outer(1)
        async for item in aiter():
            pass
        async with ctx() as cm:
            pass
        return [u async for u in agen()]
    try:
        pass
    except ValueError as err:
        pass
    match a:
        case [1, *rest]:
            pass
        case {"k": kv, **others}:
            pass
        case K(m=mm) | K(y=mm):
            pass
        case _ as whole:
            pass
    del y
    return mid
for t in range(3):
    with open(t) as (fa, fb):
        pass
print(t, [t for t in range(2)])
