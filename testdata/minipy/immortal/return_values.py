# sys._immortalize returns 1 when it made the object immortal, 0 when the
# object was immortal already (the static immortals too); exactly one
# positional argument.
import sys


class C:
    pass


o = C()
print(sys._is_immortal(o))
print(sys._immortalize(o))
print(sys._immortalize(o))
print(sys._is_immortal(o))
for x in (None, True, False, 0, 256, -5, (), '', b'', 'a', int, type, Ellipsis, NotImplemented):
    assert sys._is_immortal(x), x
    assert sys._immortalize(x) == 0, x
print(sys._is_immortal(C()), sys._is_immortal(10 ** 20), sys._is_immortal([]))
print(type(sys._immortalize([])).__name__, type(sys._is_immortal(o)).__name__)
for call in (lambda: sys._immortalize(), lambda: sys._immortalize(1, 2),
             lambda: sys._immortalize(obj=1), lambda: sys._is_immortal(),
             lambda: sys._is_immortal(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
