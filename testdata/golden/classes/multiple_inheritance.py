# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only in C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__], D().who(), D().only_c())
class E(C, B):
    pass
print([k.__name__ for k in E.mro()], E().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class Big(M1, M2, K3): pass
print([k.__name__ for k in Big.__mro__])
