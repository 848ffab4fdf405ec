# Forwarding *args and **kwargs through layers, and keyword ordering.
def target(a, b=2, *rest, key="k", **extra):
    return f"a={a} b={b} rest={rest} key={key} extra={extra}"
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def wrapper(first, *args, **kwargs):
    kwargs.setdefault("key", "from wrapper")
    return forward(first, *args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, 4, key="K", z=26, y=25))
print(wrapper(0))
print(wrapper(0, 9, key="explicit"))
opts = {"b": 20, "q": "extra"}
print(forward(10, **opts))
def collect(**kw):
    return list(kw)
print(collect(z=1, a=2, m=3), collect(**{"b": 1}, a=2))
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2))
