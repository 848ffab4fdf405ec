# Imported by del/exit_main_and_module: a module global with a __del__.
TAG = "mod"


class Holder:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(TAG, "holder gone", self.name)


kept = Holder("module-global")
