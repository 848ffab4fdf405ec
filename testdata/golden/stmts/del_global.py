# del of globals from inside functions, and of names in class bodies.
counter = 1
def remove():
    global counter
    del counter
remove()
print("counter" in globals())
try:
    remove()
except NameError as e:
    print(type(e).__name__, e)
class K:
    temp = 1
    keep = temp + 1
    del temp
print(hasattr(K, "temp"), K.keep)
def local_del():
    a, b = 1, 2
    del a
    return [name for name in ("a", "b") if name in locals()]
print(local_del())
lst = [1, 2, 3]
for i in range(2):
    del lst[0]
print(lst)
