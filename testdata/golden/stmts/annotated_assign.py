# Annotated assignments at module, class and function level.
x: int = 5
y: "a string annotation"
print(x, __annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool
print(Config.host, Config.port, Config.__annotations__, hasattr(Config, "debug"))
def f():
    local: list = []
    local.append(1)
    unassigned: int
    return local
print(f(), f.__annotations__)
class Obj:
    pass
o = Obj()
o.attr: int = 3
d = {}
d["k"]: str = "v"
print(o.attr, d)
