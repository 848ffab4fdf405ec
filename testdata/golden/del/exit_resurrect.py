# A cycle in __main__ whose __del__ stores itself in a global at exit:
# both finalizers run once, with the list global still usable.
saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("phoenix", self.n, "saved", len(saved))
        saved.append(self)


p = Phoenix(1)
q = Phoenix(2)
p.q = q
q.p = p
print("end")
