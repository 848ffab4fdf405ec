# Imported by the del/exit_* goldens: a class whose __del__ prints with a
# global of this module, and a global instance of it.
NAME = "kinds"


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "NAME is", NAME)


def helper():
    return NAME


top = Loud("kinds-global")
