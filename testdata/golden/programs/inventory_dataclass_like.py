# A hand-written record class with __eq__, __hash__, __repr__ and ordering,
# used in sets, dicts and sorting.
class Item:
    __match_args__ = ("name", "price")
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    def _key(self):
        return (self.name, self.price)
    def __eq__(self, other):
        return isinstance(other, Item) and self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"
stock = [Item("pen", 2), Item("book", 12), Item("pen", 2, qty=5), Item("mug", 7), Item("cap", 7)]
print(sorted(stock))
print(len(set(stock)), Item("pen", 2) in stock, stock.index(Item("mug", 7)))
totals = {}
for it in stock:
    totals[it] = totals.get(it, 0) + it.qty
print(totals)
print(min(stock), max(stock), sorted(stock, key=lambda i: -i.qty)[0])
