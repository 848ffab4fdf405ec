# Objects still alive at interpreter exit are finalized during module
# teardown, after the script's last line.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

first = Tracked("first global")
second = Tracked("second global")
holder = [Tracked("in a list")]
print("end of script")
