# A module that fails while being imported.
print("broken: before the error")
value = 1 / 0
