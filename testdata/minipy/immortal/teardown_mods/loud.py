# A class whose __del__ reads only its own module's globals.
PREFIX = "__del__"


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(PREFIX, self.name)
