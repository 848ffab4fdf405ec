# Queued releases are applied before an owner's close() returns and
# before the process exits (PEP 797 memory section; semantics.md case
# 33): a decref queued to an interpreter nobody runs is not lost. Closing
# an interpreter also drops the proxies it holds, queuing their releases
# to the owners, which run them at their next safe point. At exit the
# interpreters left open are closed (3.14's warning on stderr) and every
# __del__ still owed runs, each in its owner, before the process ends.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
from concurrent import interpreters as I

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

setup = """
from concurrent import interpreters as I
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)
"""
q = I.create_queue()
sub1, sub2, sub3 = I.create(), I.create(), I.create()
for s in (sub1, sub2, sub3):
    s.exec(setup)
    s.prepare_main(q=q)

print('queued to sub1, then sub1 closed')
sub1.exec("q.put(I.SharedObjectProxy(Res('of sub1')))")
p = q.get()
del p
print('main dropped the proxy')
sub1.close()
print('sub1 closed')

print('sub2 holds proxies to objects of main and sub3')
sub3.exec("q.put(I.SharedObjectProxy(Res('of sub3, held by sub2')))")
sub2.prepare_main(mine=I.SharedObjectProxy(Res('of main, held by sub2')), theirs=q.get())
sub2.close()
print('sub2 closed')
sub3.exec("print('sub3 runs')")

print('left for the exit')
sub3.exec("q.put(I.SharedObjectProxy(Res('of sub3, dropped by main')))")
p = q.get()
sub3.prepare_main(held=I.SharedObjectProxy(Res('of main, held by sub3')))
del p
print('end of script')
