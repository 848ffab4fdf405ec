class A:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
def f(*a, **k): pass
for fn in (f, A, A().m, A.s, [].append, print, len, int, lambda *a: 0, A.m):
    try:
        fn(*5)
    except TypeError as e:
        print(e)
    try:
        fn(**5)
    except TypeError as e:
        print(e)
    try:
        fn(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print(e)
