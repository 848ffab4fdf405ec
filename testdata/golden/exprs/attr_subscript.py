# Attribute access and subscripts on many objects, chained.
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.children[0].children[0].val, tree.children[-1].val)
data = {"a": [{"b": (10, 20)}]}
print(data["a"][0]["b"][1])
print("abc".upper().lower().title(), [3, 1, 2].__len__())
print((1).__add__(2), "x".join(["a", "b"]), type(tree).__name__)
m = [[1, 2], [3, 4]]
m[1][0] = 30
print(m)
try:
    tree.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    one = [1]
    one["x"]
except TypeError as e:
    print(type(e).__name__, e)
