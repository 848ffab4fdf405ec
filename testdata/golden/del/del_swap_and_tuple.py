# Tuple packing and swapping keep objects alive only as long as needed.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
a, b = Tracked("a"), Tracked("b")
a, b = b, a
print("swapped:", a.name, b.name)
pair = (Tracked("p0"), Tracked("p1"))
first, second = pair
print("unpacked")
pair = None
print("tuple dropped, elements kept by names")
first = second = None
print("names dropped")
a = None
print("end")
