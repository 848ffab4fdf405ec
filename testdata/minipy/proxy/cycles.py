# A cycle across interpreters through proxies (semantics.md case 39): no
# collector sees it whole, so it lives until one side closes; then both
# __del__ run, each in its own interpreter.
# Expected output: minipy's documented behaviour (PEP 797).
import gc
from concurrent import interpreters as I

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('__del__', self.name, 'in interpreter', I.get_current().id)

sub = I.create()
q = I.create_queue()
sub.prepare_main(q=q, Node=I.SharedObjectProxy(Node))
sub.exec("""
from concurrent import interpreters as I
class Local:
    def __del__(self):
        print('__del__ Local in interpreter', I.get_current().id)
local = Local()
remote = Node('main-node')      # made in main through the proxied class
remote.other = local             # main's node holds a proxy of local
local.other = remote             # local holds a proxy of main's node
q.put(remote)
del local, remote
""")
n = q.get()
print(type(n).__name__, n.name, type(n.other).__name__)
del n
gc.collect()
sub.exec("import gc; gc.collect(); print('collected in sub')")
print('closing')
sub.close()
gc.collect()
print('end')
