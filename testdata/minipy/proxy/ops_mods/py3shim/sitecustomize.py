# For check_py3.sh only: under python3 (which has no
# concurrent.interpreters), a stand-in where a proxy is its object and an
# interpreter a namespace, so that an ops_* script prints what the plain
# objects print in every block.
import queue
import sys
import types

m = types.ModuleType('concurrent.interpreters')


class _Interp:
    _next = 1

    def __init__(self):
        self.id = _Interp._next
        _Interp._next += 1
        self.ns = {'__name__': '__main__'}

    def exec(self, code):
        exec(code, self.ns)

    def prepare_main(self, **kw):
        self.ns.update(kw)

    def call(self, f, *a, **k):
        return f(*a, **k)

    def close(self):
        pass


m.create = _Interp
m.create_queue = lambda maxsize=0: queue.Queue(maxsize)
m.SharedObjectProxy = lambda obj: obj
sys.modules['concurrent.interpreters'] = m
import concurrent  # noqa: E402
concurrent.interpreters = m
