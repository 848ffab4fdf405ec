# The module functions of concurrent.interpreters: create, list_all,
# get_current, get_main, create_queue, is_shareable, and the names the
# module exports. Expected output: CPython 3.14's.
import concurrent.interpreters as I

# minipy's module also exports SharedObjectProxy (PEP 797, not in 3.14).
names = [n for n in I.__all__ if n != 'SharedObjectProxy']
print(sorted(names))
for name in names:
    print(name, type(getattr(I, name)).__name__)
print(I.list_all())
main = I.get_main()
print(main, main.id, main.whence, main is I.get_current(), main is I.Interpreter(0))
a = I.create()
b = I.create()
print(a, b, a.id, b.id, a.whence, b.whence)
print(I.list_all())
print([x.id for x in I.list_all()] == sorted(x.id for x in I.list_all()))
print(all(isinstance(x, I.Interpreter) for x in I.list_all()))
print(I.list_all()[1] is a, I.list_all()[2] is b)
a.close()
print(I.list_all())
b.exec("""
import concurrent.interpreters as I
cur = I.get_current()
print('inside', cur, cur.id, cur.whence, I.get_main(), I.get_main().whence)
print('inside list', I.list_all())
c = I.create()
print('inside created', c, c.whence, I.list_all())
c.close()
""")
b.close()
print(I.list_all())
q = I.create_queue()
print(type(q).__name__, q.maxsize, q.empty(), q.qsize(), q.full())
q2 = I.create_queue(3)
print(q2.maxsize, q2.id - q.id)
q3 = I.create_queue(maxsize=-5)
print(q3.maxsize, q3.full())
for bad in ("x", 1.5, None):
    try:
        I.create_queue(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    I.create(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    I.is_shareable()
except TypeError as e:
    print(type(e).__name__, e)
print(I.is_shareable(1), I.is_shareable([]))
