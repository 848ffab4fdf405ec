# Where and when __del__ of a proxied object runs. Decision (PEP 797
# memory section, semantics.md case 33): a proxy's reference is taken and
# released in the owner, so __del__ always runs in the owner, whichever
# interpreter or thread drops the last proxy: at once when the owner is
# the running interpreter, else queued to the owner and run at its next
# safe point (the switch back into it, its next exec, its close).
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)

sub1, sub2 = I.create(), I.create()
q = I.create_queue()
P = I.SharedObjectProxy
setup = """
from concurrent import interpreters as I
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('   __del__', self.name, 'in interpreter', I.get_current().id)
"""
sub1.exec(setup)
sub2.exec(setup)
sub1.prepare_main(q=q)
sub2.prepare_main(q=q)

print('1. a local proxy dropped in its owner')
p = P(Res('local'))
del p
print('after del')

print('2. main object, last proxy dropped by sub1')
sub1.prepare_main(p=P(Res('dropped by sub1')))
sub1.exec("del p; print('   sub1 dropped it')")
print('after exec')

print('3. main object, last proxy dropped by a thread of sub1')
sub1.prepare_main(p=P(Res('dropped by a thread of sub1')))
sub1.exec("""
import threading
def drop():
    global p
    del p
    print('   the thread dropped it')
t = threading.Thread(target=drop)
t.start()
t.join()
""")
print('after exec')

print('4. main object, last proxy dropped by a thread of main while main runs')
p = P(Res('dropped by a thread of main'))
sub1.prepare_main(p=p)
del p
def worker():
    sub1.exec("del p")
t = threading.Thread(target=worker)
t.start()
t.join()
print('after join')

print('5. sub1 object, last proxy dropped in main')
sub1.exec("q.put(I.SharedObjectProxy(Res('of sub1, dropped by main')))")
p = q.get()
del p
print('main dropped it')
sub1.exec("print('   sub1 runs again')")

print('6. sub1 object, last proxy dropped in sub2')
sub1.exec("q.put(I.SharedObjectProxy(Res('of sub1, dropped by sub2')))")
sub2.exec("p = q.get(); print('  ', type(p).__name__, p.name); del p; print('   sub2 dropped it')")
print('main runs')
sub1.exec("print('   sub1 runs again')")

print('7. two proxies in two interpreters: the last one counts')
r = P(Res('held by sub1 and sub2'))
sub1.prepare_main(r=r)
sub2.prepare_main(r=r)
del r
sub1.exec("del r; print('   sub1 dropped its proxy')")
sub2.exec("del r; print('   sub2 dropped its proxy')")
print('after both')

print('8. a proxy inside a tuple that is proxied whole keeps no extra reference')
def size(t):
    return len(t)
sub1.prepare_main(r=P(Res('in a mixed tuple')), size=P(size))
sub1.exec("print('  ', size((r, [1])), size((r, 'shareable'))); del r; print('   sub1 dropped it')")
print('after exec')
sub1.close()
sub2.close()
