# Misuse named in semantics.md section 3.0: what exec, call and
# prepare_main refuse, with 3.14's exception types and messages.
# Expected output: CPython 3.14's.
from concurrent import interpreters as I
import threading

i = I.create()


def noaddr(s):
    # object addresses differ from run to run
    while " at 0x" in s:
        a, _, b = s.partition(" at 0x")
        k = 0
        while k < len(b) and b[k] in "0123456789abcdef":
            k += 1
        s = a + b[k:]
    return s


def attempt(name, f):
    try:
        r = f()
        if isinstance(r, threading.Thread):
            r.join()
        print(name, "no error", type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, "|", noaddr(str(e)))


threading.excepthook = lambda a: print("  in the thread:", a.exc_type.__name__, "|", str(a.exc_value).splitlines()[0])


# prepare_main never pickles
attempt("prepare_main list", lambda: i.prepare_main(x=[1, 2]))
attempt("prepare_main dict", lambda: i.prepare_main(x={"a": 1}))
attempt("prepare_main instance", lambda: i.prepare_main(x=object()))
attempt("prepare_main func", lambda: i.prepare_main(f=lambda: 0))
attempt("prepare_main tuple with list", lambda: i.prepare_main(x=(1, [])))
print("is_shareable((1, []))", I.is_shareable((1, [])))
attempt("prepare_main empty", lambda: i.prepare_main())
attempt("prepare_main empty dict", lambda: i.prepare_main({}))
attempt("prepare_main None", lambda: i.prepare_main(None))
attempt("prepare_main not a dict", lambda: i.prepare_main([("a", 1)]))
attempt("prepare_main non-str key", lambda: i.prepare_main({1: 2}))
attempt("prepare_main two positional", lambda: i.prepare_main({}, {}))
attempt("prepare_main ok", lambda: i.prepare_main({"a": 1}, b=2))
i.exec("print('a b', a, b)")

# exec
attempt("exec bad syntax", lambda: i.exec("x = = 1"))
attempt("exec 42", lambda: i.exec(42))
attempt("exec None", lambda: i.exec(None))
attempt("exec bytes", lambda: i.exec(b"pass"))
k = 1


def make_closure():
    def closure():
        return k2
    k2 = 2
    return closure


def params(a):
    pass


def defaults(a=1):
    pass


attempt("exec closure", lambda: i.exec(make_closure()))
attempt("exec params", lambda: i.exec(params))
attempt("exec defaults", lambda: i.exec(defaults))
attempt("exec builtin", lambda: i.exec(print))
attempt("exec method", lambda: i.exec("".join))
attempt("exec class", lambda: i.exec(int))

# call
attempt("call closure", lambda: i.call(make_closure()))
attempt("call 42", lambda: i.call(42))
attempt("call None", lambda: i.call(None))
attempt("call str", lambda: i.call("print"))


class Unpicklable:
    def __reduce__(self):
        raise TypeError("nope")


attempt("call unpicklable arg", lambda: i.call(print, Unpicklable()))
attempt("call unpicklable kwarg", lambda: i.call(print, end=Unpicklable()))


def returns_generator():
    return (x for x in ())


attempt("call generator result", lambda: i.call(returns_generator))
attempt("call_in_thread 42", lambda: i.call_in_thread(42))
attempt("call_in_thread closure", lambda: i.call_in_thread(make_closure()))

# queues
q = I.create_queue()
attempt("put unpicklable", lambda: q.put(Unpicklable()))
attempt("put generator", lambda: q.put(x for x in ()))
attempt("get timeout -1", lambda: q.get(timeout=-1))
attempt("put timeout -1", lambda: q.put(1, timeout=-1))
attempt("create_queue bad mode", lambda: I.create_queue(unbounditems="x"))
attempt("Queue('1')", lambda: I.Queue("1"))
attempt("Interpreter('1')", lambda: I.Interpreter("1"))
attempt("Interpreter(10**6)", lambda: I.Interpreter(10**6))
attempt("create_queue('x')", lambda: I.create_queue("x"))
i.close()
