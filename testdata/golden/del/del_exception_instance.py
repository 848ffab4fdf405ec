# A custom exception object with __del__ dies at the end of the except
# block that caught it (the `as` name is deleted there).
class Loud(Exception):
    def __del__(self):
        print("__del__ of", self.args[0])
try:
    raise Loud("first")
except Loud as e:
    print("handling", e)
print("after first handler")
try:
    raise Loud("unnamed")
except Loud:
    print("handling without a name")
print("after second handler")
def raiser():
    raise Loud("from a function")
try:
    raiser()
except Loud as e:
    print("handling", e)
print("end")
