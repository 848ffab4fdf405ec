# semantics.md section 5, cases 41 and 42: equality and truth.
# Decision (semantics.md 2.3 point 4: every special method is forwarded;
# the reference implementation left these to the proxy object): p == q
# runs obj == obj in the owner, so two proxies of one object are equal
# though not identical (41), and ordering, hashing and containment
# follow the object; bool(p) runs the object's truth test in the owner,
# so a proxy of a plain unsized object is true, a proxy of an empty
# container false (42), the same in the owner and elsewhere.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Plain:
    pass

class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __hash__(self):
        return hash(self.n)
    def __bool__(self):
        return self.n != 0

P = I.SharedObjectProxy
plain = Plain()
p, p_copy = P(plain), P(plain)
print('in main:', p == p_copy, p is p_copy, p != p_copy, p == P(Plain()), bool(p))
interp = I.create()
interp.prepare_main(p=p, p_copy=p_copy, other=P(Plain()),
                    empty=P([]), full=P([0]), zero=P(0), text=P(''),
                    v1=P(Version(1)), v1b=P(Version(1)), v2=P(Version(2)), v0=P(Version(0)))
interp.exec("""
print('case 41:', p == p_copy, p is p_copy, p != p_copy, p == other, p != other)
print(hash(p) == hash(p_copy), {p: 'x'}[p_copy], len({p, p_copy, other}), p in [p_copy])
print(v1 == v1b, v1 is v1b, v1 < v2, v2 > v1, sorted([v2, v1])[0] is v1, hash(v1) == hash(1))
print(v1 == 1, 1 == v1, v1 == v1b == v1)
try:
    p < p_copy
except TypeError as e:
    print('TypeError', e)
print('case 42:', bool(p), bool(other), bool(empty), bool(full), bool(zero), bool(text), bool(v1), bool(v0))
print('yes' if p else 'no', 'yes' if empty else 'no', not full, [x for x in (p, empty, v0, v2) if x] == [p, v2])
""")
print('in main:', bool(P([])), bool(P(Plain())), bool(P(Version(0))))
interp.close()
