class P:
    def __init__(self):
        self.value = 1
p = P()
print(p.value)
print(p.valeu)
