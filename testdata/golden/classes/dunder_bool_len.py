# __bool__ and __len__ drive truthiness; __len__ errors.
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
    def __len__(self):
        print("__len__ not used when __bool__ exists")
        return 1
print(bool(Empty()), bool(Full()), len(Full()), not Empty())
if Flag(False):
    print("no")
else:
    print("Flag(False) is falsy")
print(Flag(True) and "and-result")
while Flag(False):
    pass
print([x for x in [Empty(), Full()] if x].__len__())
class Huge:
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -5
try:
    bool(Neg())
except ValueError as e:
    print(type(e).__name__, e)
