# A module global with a __del__, in a module that __main__ keeps (and
# that keeps a __main__ object in turn): both finalizers run with their
# module's globals whole, and a function of the other module still works.
import exit_mods.kinds as k


class Holder:
    def __del__(self):
        print("holder del", k.NAME, k.helper())


h = Holder()
k.back = h
print("end")
