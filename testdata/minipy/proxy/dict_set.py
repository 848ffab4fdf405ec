# A dict and a set owned by main, used from a sub-interpreter.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

d = {'a': 1, 'b': 2}
s = {1, 2, 3}
sub = I.create()
sub.prepare_main(d=I.SharedObjectProxy(d), s=I.SharedObjectProxy(s))
sub.exec("""
print(d['a'], d.get('z', 0), len(d), 'b' in d, sorted(d), sorted(d.items()))
d['c'] = 3
del d['a']
d.update({'x': 9})
print(d.pop('b'), d.setdefault('y', 10), list(d.keys()), list(d.values()))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e.args)
s.add(4)
s.discard(1)
print(sorted(s), 2 in s, 7 in s, len(s), s.issubset({2, 3, 4, 5}))
# A set of this interpreter reaches main as a proxy: set's operators do
# not accept it (its methods take any iterable). The TypeError names the
# objects' types, as every operator error involving a proxy does.
try:
    s -= {2}
except TypeError as e:
    print(e)
s.difference_update({2})
print(sorted(s), type(s).__name__)
""")
print(d, s)
sub.close()
