# The harness of the ops_* scripts: one check (a function of one object
# that prints what each operation gives) runs on the plain object, then on
# proxies of it used four ways:
#   1. the plain object, in main (what python3 prints for the check);
#   2. a proxy of main's object, from the sub-interpreter;
#   3. the same, from a thread of the sub-interpreter;
#   4. a proxy of the sub-interpreter's object, from a thread of main.
# Every block prints the same lines as the first, but for the lines a
# check marks as proxy-specific. py3shim/ runs the scripts under python3
# with proxies replaced by their objects (see check_py3.sh).
import threading
from concurrent import interpreters as I

THREAD_OF_SUB = """
import threading
t = threading.Thread(target=check, args=(obj,))
t.start()
t.join()
del t
"""


def run(setup, check, make='make()'):
    """setup is source defining the objects' classes and make(), check
    source defining check(obj); make an expression making the object."""
    ns = {'__name__': '__main__'}
    exec(setup, ns)
    exec(check, ns)
    print('== 1. plain object')
    ns['check'](eval(make, ns))
    sub = I.create()
    sub.exec(setup)
    sub.exec(check)
    print('== 2. proxy of main, from a sub-interpreter')
    sub.prepare_main(obj=I.SharedObjectProxy(eval(make, ns)))
    sub.exec('check(obj)\ndel obj')
    print('== 3. proxy of main, from a thread of the sub-interpreter')
    sub.prepare_main(obj=I.SharedObjectProxy(eval(make, ns)))
    sub.exec(THREAD_OF_SUB + 'del obj')
    print('== 4. proxy of the sub-interpreter, from a thread of main')
    q = I.create_queue()
    sub.prepare_main(q=q)
    sub.exec('from concurrent import interpreters as _I\n'
             'q.put(_I.SharedObjectProxy(' + make + '))')
    p = q.get()
    t = threading.Thread(target=ns['check'], args=(p,))
    t.start()
    t.join()
    del p, t
    sub.close()
