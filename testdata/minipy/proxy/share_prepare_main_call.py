# Proxies through Interpreter.prepare_main, Interpreter.call and
# Interpreter.call_in_thread (PEP 797: a proxy is shareable). Decisions:
# a proxy argument or result gives the receiver a new proxy to the same
# (owner, object), or the object itself in its owner; a tuple holding
# proxies is shareable and crosses the same way; the callable of call()
# may itself be a proxy (of an object of the target interpreter it is
# that object; of main's, the call switches back to main). Unproxied
# unshareable values are still refused by prepare_main, and pickled by
# call() as 3.14 does (a result is wrapped in a proxy to come back as
# one).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

P = I.SharedObjectProxy
data = []
interp = I.create()
q = I.create_queue()
interp.prepare_main(data=P(data), pair=(P(data), 'label'), q=q)
interp.exec("""
from concurrent import interpreters as I
print(type(data).__name__, type(pair).__name__, type(pair[0]).__name__, pair[1])
data.append('via prepare_main')
pair[0].append('via the tuple')
def collect(target, *items):
    for it in items:
        target.append(it)
    return (I.get_current().id, len(target))
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by=1):
        self.n += by
        return self
counter = Counter()
q.put(I.SharedObjectProxy(collect))
q.put(I.SharedObjectProxy(counter))
""")
print(data)
collect, counter = q.get(), q.get()
print(type(collect).__name__, type(counter).__name__)
print(interp.call(collect, P(data), 'via call', 1))
print(interp.call(eval, "collect(data, 'via eval')"))
print(data)
res = interp.call(eval, "I.SharedObjectProxy(counter.bump(5))")
print(type(res).__name__, res.n, res == counter)
back = interp.call(eval, "data")
print(back is data, interp.call(eval, "pair[0]") is data)
def in_main(x):
    return (I.get_current().id, x)
print(interp.call(P(in_main), 'called through a proxy of main'))
t = interp.call_in_thread(collect, P(data), 'via call_in_thread')
t.join()
t = interp.call_in_thread(eval, "counter.bump(10).n")
t.join()
print(data[-1], counter.n)
interp.prepare_main(back_home=counter)
interp.exec("print(type(back_home).__name__, back_home is counter, back_home.n)")
for bad in ([1], {'k': 1}, (1, [2])):
    try:
        interp.prepare_main(bad=bad)
    except I.NotShareableError as e:
        print('NotShareableError', type(bad).__name__)
del collect, counter, res, t
interp.close()
