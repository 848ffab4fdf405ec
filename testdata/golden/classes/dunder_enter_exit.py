# __enter__ and __exit__ on a class: a transaction that rolls back.
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin", self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rollback after", exc_type.__name__)
            return True
        print("commit", self.store)
        return False
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise ValueError("abort")
print(db)
class Nesting:
    depth = 0
    def __enter__(self):
        Nesting.depth += 1
        print("  " * Nesting.depth + "enter depth", Nesting.depth)
        return Nesting.depth
    def __exit__(self, *a):
        print("  " * Nesting.depth + "exit depth", Nesting.depth)
        Nesting.depth -= 1
with Nesting() as d1, Nesting() as d2:
    with Nesting() as d3:
        print("depths", d1, d2, d3)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
