# Bad input on proxies gives Python exceptions with the wrapped object's
# messages (forwarded) or the proxy type's own.
# Expected output: minipy's documented behaviour (PEP 797).
import pickle
from concurrent import interpreters as I

P = I.SharedObjectProxy
for args in [(), (1, 2)]:
    try:
        P(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    class Sub(P):
        pass
except TypeError as e:
    print('TypeError', e)
sub = I.create()
sub.prepare_main(lst=P([1, 2]), d=P({}), o=P(object()))
sub.exec("""
import pickle
for expr in ['lst()', 'hash(lst)', 'd[1]', 'del lst.nope', 'o + 1', 'o < 1',
             'len(o)', 'iter(o)', 'next(lst)', 'o[0]', 'pickle.dumps(lst)',
             'with o: pass', 'lst.append()', '[1][o]', 'round(o)']:
    try:
        exec(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
""")
sub.close()
