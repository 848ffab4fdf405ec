x = 10
t(lambda: globals()['x'])
t(lambda: 't' in globals())
t(lambda: sorted(locals()) == [])
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
t(lambda: f(1))
def g():
    q = 1
    def h():
        return q
    return sorted(vars()), dir()
t(lambda: g())
class K:
    z = 1
    names = sorted(locals())
t(lambda: K.names)
t(lambda: eval('x + 1'))
t(lambda: eval('  x * 2'))
t(lambda: eval('y', {'y': 5}))
t(lambda: eval('y + w', {'y': 5}, {'w': 1}))
t(lambda: eval('1 +'))
t(lambda: eval('undefined_name'))
t(lambda: eval(compile('3 * 4', '<s>', 'eval')))
t(lambda: eval(b'7'))
t(lambda: eval('x', None, None))
ns = {}
t(lambda: exec('a = 1\nb = a + 1', ns))
t(lambda: (ns['a'], ns['b'], '__builtins__' in ns))
t(lambda: exec('print("hi from exec")'))
t(lambda: exec('raise ValueError("boom")'))
t(lambda: exec('x = 1', 1))
t(lambda: exec('x = 1', {}, 1))
loc = {}
exec('v = 3', {}, loc)
t(lambda: loc)
exec(compile('w = 4', '<c>', 'exec'), ns)
t(lambda: ns['w'])
t(lambda: exec('\0'))
t(lambda: __import__('math').sqrt(4))
t(lambda: __import__('nonexistent_mod_xyz'))
t(lambda: __import__(''))
t(lambda: __import__(1))
t(lambda: __import__('math', level=-1))
t(lambda: compile('\0', 'f', 'exec'))
