# Pickler.dump and Unpickler.load are C methods in CPython: a traceback
# through them shows only the Python frames.
import io
import pickle


class P(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 2:
            raise KeyError(obj)
        return None


try:
    P(io.BytesIO()).dump([1, 2])
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        raise ValueError("bad pid %r" % (pid,))


U(io.BytesIO(b"K\x07Q.")).load()
