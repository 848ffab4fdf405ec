package builtins_test

import (
	"bytes"
	"strings"
	"testing"

	"minipy/runtime/alloc"
	"minipy/vm"
	"minipy/vm/objects"
	"minipy/vm/sys"
)

// fuzzPickleSrc defines run(data): unpickle data from memory and from a
// file with an Unpickler whose find_class only gives harmless globals (a
// fuzzed pickle could otherwise call os.remove), swallowing the Python
// exceptions that bad input must raise.
const fuzzPickleSrc = `
import io, pickle

SAFE = {("builtins", n) for n in ("set", "frozenset", "complex", "range", "slice", "bytearray",
                                  "int", "list", "dict", "tuple", "str", "bytes", "object", "float")}
SAFE |= {("copyreg", "_reconstructor"), ("copyreg", "__newobj__"), ("copyreg", "__newobj_ex__"),
         ("_codecs", "encode"), ("__builtin__", "xrange"), ("__builtin__", "set")}


class R(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) in SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError("forbidden")

    def persistent_load(self, pid):
        return pid


def run(data):
    # A bytes "file" makes load() read from memory, as loads does.
    for src in (data, io.BytesIO(data)):
        r = R(io.BytesIO(b""), buffers=[b"buf"])
        r._file = src
        try:
            r.load()
        except Exception:
            pass
`

func FuzzPickleLoads(f *testing.F) {
	for _, s := range []string{
		"N.", "\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e.",
		"(lp0\nI1\naI2\na.", "\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.",
		"\x80\x05\x8f(K\x01K\x02\x90.", "}(X\x01\x00\x00\x00aK\x01u.", "(I1\nI2\nt.", "\x8a\x05\x01\x02\x03\x04\x05.",
		"Vab\\u20ac\n.", "\x80\x03C\x02ab.", "\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.", "K\x01K\x02\x86\x94h\x00.",
		"\x80\x02cbuiltins\nobject\n)\x81}b.", "\x80\x04\x8c\x08builtins\x8c\x03int\x93)\x81.", "\x97\x98.",
	} {
		f.Add([]byte(s))
	}
	sp := objects.NewSpace(alloc.Config{})
	var out, errb bytes.Buffer
	_, th, err := vm.NewInterpState(sp, vm.Config{Stdout: &out, Stderr: &errb, Argv: []string{"-c"},
		SetupBuiltins: sys.SetupWith(strings.NewReader(""))})
	if err != nil {
		f.Fatal(err)
	}
	vm.RunString(th, fuzzPickleSrc, "<fuzz>")
	if errb.Len() != 0 {
		f.Fatal(errb.String())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ts := th.TS
		m := th.Import(ts, "__main__")
		if m == nil {
			t.Fatal("no __main__")
		}
		defer objects.Decref(ts, m)
		b := objects.NewBytes(ts, data)
		r := objects.CallMethod(ts, m, "run", b)
		objects.Decref(ts, b)
		if r == nil {
			exc := ts.FetchErr()
			msg := "?"
			if s := objects.Repr(ts, exc); s != nil {
				msg = objects.StrValue(s)
				objects.Decref(ts, s)
			}
			objects.Decref(ts, exc)
			t.Fatalf("run(%q) raised %s", data, msg)
		}
		objects.Decref(ts, r)
	})
}
