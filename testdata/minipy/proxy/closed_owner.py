# Closing the owner invalidates every proxy to its objects before it is
# finalized: any operation then raises RuntimeError naming the closed
# interpreter; repr stays safe (semantics.md case 35). An interpreter with
# a thread inside it through a proxy cannot be closed.
# Expected output: minipy's documented behaviour (PEP 797).
from concurrent import interpreters as I

sub = I.create()
q = I.create_queue()
sub.prepare_main(q=q)
sub.exec("""
from concurrent import interpreters as I
class Test:
    def __str__(self):
        return 'Alive'
    def __del__(self):
        print('Test.__del__ while closing')
q.put(I.SharedObjectProxy(Test()))
q.put(I.SharedObjectProxy([1, 2]))
""")
p = q.get()
lst = q.get()
print(str(p), len(lst))
sub.close()
print('closed')
for op in [str, len, bool, hash, iter, lambda x: x.attr, lambda x: x[0],
           lambda x: x + 1, lambda x: x == 1, lambda x: x()]:
    try:
        op(lst)
    except RuntimeError as e:
        print('RuntimeError:', e)
print(repr(p).startswith('<SharedObjectProxy of a closed interpreter at 0x'))
try:
    str(p)
except RuntimeError as e:
    print('RuntimeError:', e)
del p, lst

# close() while a thread is inside through a proxy
sub2 = I.create()
sub2.prepare_main(q=q)
sub2.exec("""
from concurrent import interpreters as I
def call(fn):
    return fn()
q.put(I.SharedObjectProxy(call))
""")
call = q.get()
def try_close():
    try:
        sub2.close()
    except I.InterpreterError as e:
        return 'InterpreterError: ' + str(e)
print(call(try_close))
sub2.close()
print(sub2.id in [i.id for i in I.list_all()])
