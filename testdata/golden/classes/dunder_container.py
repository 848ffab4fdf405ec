# __getitem__, __setitem__, __delitem__, __contains__, __len__, __iter__
# on a custom container, including slices.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(list(g), len(g), "#" in g, "%" in g, "@" not in g)
print(g[1:2], g[::-1])
del g[0, 0]
print(list(g), len(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class GetOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
print(2 in GetOnly(), 5 in GetOnly(), list(GetOnly()))
try:
    GetOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
