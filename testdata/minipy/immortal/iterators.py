# Immortalized iterators still iterate and yield mortal items.
import sys

its = [iter([1, 2, 3]), iter((4, 5)), iter({"a": 1}), iter(range(3)),
       zip("ab", "cd"), enumerate("xy"), map(abs, [-1, -2]), reversed([7, 8]),
       iter({"k": "v"}.items()), filter(None, [0, 1, 2])]
for it in its:
    sys._immortalize(it)
for it in its:
    items = list(it)
    print(items, all(not sys._is_immortal(x) or x in (1, 2, 3, 4, 5, 0, 7, 8, -1, -2) or isinstance(x, str) for x in items))


# semantics.md case 14: the items an immortal iterator yields are mortal.
class A:
    pass


it = iter([A(), A()])
sys._immortalize(it)
print([sys._is_immortal(x) for x in it], sys._is_immortal(it))
