# Objects created by exec() live in its namespace dict until it is dropped.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
ns = {"Tracked": Tracked}
exec("obj = Tracked('made by exec')", ns)
print("exec done:", ns["obj"].name)
del ns["obj"]
print("removed from namespace")
exec("tmp = Tracked('temporary'); tmp = None", ns)
print("end")
