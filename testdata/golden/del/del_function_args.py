# Arguments passed to a call are released when the call returns, unless
# the callee stored them.
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

store = []
def use(obj):
    print("using", obj.name)
def keep(obj):
    store.append(obj)

use(Tracked("temp arg"))
print("after use")
keep(Tracked("stored arg"))
print("after keep")
def kwargs(**kw):
    print("kw keys", sorted(kw))
kwargs(a=Tracked("kw a"), b=Tracked("kw b"))
print("after kwargs")
store.clear()
print("end")
