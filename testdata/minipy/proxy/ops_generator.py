# A proxied generator (issue 8, semantics.md 2.3 decision 4): next(),
# send() (the value arrives in the owner's frame), throw() of a built-in
# exception (caught inside the generator or propagated), close() (its
# finally runs in the owner; GeneratorExit inside), the return value as
# StopIteration.value, `yield from` a proxied generator in a generator of
# the caller (send/throw go through), a generator function proxied and
# called (each call makes a generator in the owner), the generator's
# attributes, and the errors of a running or finished generator. Run by
# ops_mods/runner.py on the plain objects and on proxies four ways; every
# block prints what the plain objects print (ops_mods/check_py3.sh).
# Proxy-specific: none.
from ops_mods import runner

SETUP = """
log = []
def echo(first):
    total = first
    try:
        while True:
            try:
                got = yield total
            except KeyError as e:
                got = ('caught', e.args[0])
            if got == 'stop':
                return ('returned', total)
            if isinstance(got, tuple):
                total = got
            else:
                total = (0 if isinstance(total, tuple) else total) + (got or 0)
    finally:
        log.append('finally ran')
def nums(n):
    for k in range(n):
        yield k * k
def catcher():
    try:
        yield 1
    except GeneratorExit:
        log.append('GeneratorExit seen')
        raise
def make():
    return echo(10), nums, catcher(), log
"""

CHECK = """
def check(objs):
    g, nums, c, log = objs
    print(next(g), g.send(5), g.send(None), g.throw(KeyError('k')), g.send(1))
    try:
        g.send('stop')
    except StopIteration as e:
        print('StopIteration', e.value)
    print(list(log), next(g, 'exhausted'))
    for bad in (lambda: g.send(1), lambda: g.throw(ValueError('late'))):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    print(list(nums(4)), sum(nums(3)), nums.__name__, [x for x in nums(3) if x])
    def outer():
        r = yield from nums(3)
        yield ('after', r)
    print(list(outer()))
    def relay(inner):
        got = yield from inner
        yield ('relay got', got)
    inner = nums(5)
    r = relay(inner)
    print(next(r), next(r), r.send(None))
    try:
        r.throw(ValueError('through'))
    except ValueError as e:
        print('ValueError', e, next(inner, 'inner done'))
    print(next(c), c.gi_running if False else 'state')
    c.close()
    c.close()
    print(list(log), next(c, 'closed'))
    h = nums(2)
    print(iter(h) is h, next(h), h.close(), next(h, 'closed'))
    k = nums(1)
    try:
        k.throw(IndexError('at start'))
    except IndexError as e:
        print('IndexError', e, next(k, 'dead'))
"""

runner.run(SETUP, CHECK)
