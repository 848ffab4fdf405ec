# At exit, interpreters left open are closed with the main one (3.14's
# warning on stderr); the objects their proxies kept alive are released,
# each __del__ running in its owner before the process ends, and main's
# atexit callbacks may still use proxies both ways.
# Expected output: minipy's documented behaviour (PEP 797).
import atexit
from concurrent import interpreters as I

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

sub = I.create()
q = I.create_queue()
sub.prepare_main(q=q, res=I.SharedObjectProxy(Res('main-owned')))
sub.exec("""
from concurrent import interpreters as I
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)
q.put(I.SharedObjectProxy(Res('sub-owned')))
""")
theirs = q.get()

def bye():
    print('atexit:', theirs.name)
    sub.exec("print('atexit in sub:', res.name)")
atexit.register(bye)
print('end of script')
