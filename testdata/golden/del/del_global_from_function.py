# Deleting or rebinding a global from inside a function frees the object.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
config = Tracked("config v1")
def reload():
    global config
    config = Tracked("config v2")
    print("reloaded inside function")
def drop():
    global config
    del config
    print("dropped inside function")
reload()
drop()
print("end")
