values = [1]
print(valeus)
