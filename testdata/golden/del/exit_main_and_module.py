# __del__ printing at exit in __main__ and in an imported module, and the
# order of those prints: the collection after the modules leave
# sys.modules finalizes the imported module's global first (it was made
# first), then __main__'s, while every global is still bound.
from exit_mods import holder

TAG = "main"


class Closer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(TAG, "closing", self.name, holder.TAG)


x = Closer("x")
y = Closer("y")
h = holder.Holder("from-main")
print("end of main")
