# Cooperative super() calls through a diamond: every __init__ runs once.
class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
Bottom(left=1, right=2, extra=3)

class Logger:
    def log(self, msg):
        return ["Logger:" + msg]
class Timestamp(Logger):
    def log(self, msg):
        return ["Timestamp"] + super().log(msg)
class Prefix(Logger):
    def log(self, msg):
        return ["Prefix"] + super().log("> " + msg)
class Both(Timestamp, Prefix):
    def log(self, msg):
        return ["Both"] + super().log(msg)
print(Both().log("hi"))
print(super(Timestamp, Both()).log("direct"))
