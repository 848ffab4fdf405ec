package objects

import "testing"

// The argument checkers, each used as the CPython built-in it models, must
// give that built-in's messages: the same calls go to python3.

func TestArgsMessages(t *testing.T) {
	ts := typeTestSpace(t)
	env := evalEnv()
	ok := func(ts *Thread, _ *Object, args []*Object, kw *Object) *Object { return None }
	def := func(name string, check func(ts *Thread, args []*Object, kw *Object) bool) {
		env[name] = NewStaticBuiltinFunction(&MethodDef{Name: name, Fn: func(ts *Thread, self *Object, args []*Object, kw *Object) *Object {
			if !check(ts, args, kw) {
				return nil
			}
			return ok(ts, self, args, kw)
		}}, "")
	}
	parse := func(fname string, names []string, minPos int) func(ts *Thread, args []*Object, kw *Object) bool {
		return func(ts *Thread, args []*Object, kw *Object) bool {
			out := make([]*Object, 0, len(names))
			ptrs := []**Object{}
			for _, n := range names {
				if n != "/" && n != "*" {
					out = append(out, nil)
				}
			}
			for i := range out {
				ptrs = append(ptrs, &out[i])
			}
			return ParseArgs(ts, fname, args, kw, names, minPos, ptrs...)
		}
	}
	// Stand-ins named after the CPython built-in they imitate.
	def("my_len", func(ts *Thread, a []*Object, k *Object) bool { return CheckOneArg(ts, "len", a, k) })
	def("my_list_count", func(ts *Thread, a []*Object, k *Object) bool { return CheckOneArg(ts, "list.count", a, k) })
	def("my_str_join", func(ts *Thread, a []*Object, k *Object) bool { return CheckOneArg(ts, "str.join", a, k) })
	def("my_bit_length", func(ts *Thread, a []*Object, k *Object) bool { return CheckNoArgs(ts, "int.bit_length", a, k) })
	def("my_str_count", func(ts *Thread, a []*Object, k *Object) bool { return CheckArgsOld(ts, "count", a, k, 1, 3) })
	def("my_startswith", func(ts *Thread, a []*Object, k *Object) bool { return CheckArgsOld(ts, "startswith", a, k, 1, 3) })
	def("my_get", func(ts *Thread, a []*Object, k *Object) bool { return CheckArgs(ts, "get", a, k, 1, 2) })
	def("my_divmod", func(ts *Thread, a []*Object, k *Object) bool { return CheckArgs(ts, "divmod", a, k, 2, 2) })
	def("my_replace", func(ts *Thread, a []*Object, k *Object) bool { return CheckArgs(ts, "replace", a, k, 2, 3) })
	def("my_sort", func(ts *Thread, a []*Object, k *Object) bool {
		return CheckNoPositional(ts, "sort", a, k) && parse("sort", []string{"*", "key", "reverse"}, 0)(ts, a, k)
	})
	def("my_split", parse("split", []string{"sep", "maxsplit"}, 0))
	def("my_from_bytes", parse("from_bytes", []string{"bytes", "byteorder", "*", "signed"}, 1))
	def("my_to_bytes", parse("to_bytes", []string{"length", "byteorder", "*", "signed"}, 0))
	def("my_sum", parse("sum", []string{"iterable", "/", "start"}, 1))
	def("my_round", parse("round", []string{"number", "ndigits"}, 1))
	def("my_property", parse("property", []string{"fget", "fset", "fdel", "doc"}, 0))
	def("my_splitlines", parse("splitlines", []string{"keepends"}, 0))

	cases := [][2]string{
		{"my_len(1, 2)", "len(1, 2)"},
		{"my_len()", "len()"},
		{"my_len(x=1)", "len(x=1)"},
		{"my_list_count()", "[].count()"},
		{"my_str_join()", "''.join()"},
		{"my_bit_length(2)", "int.bit_length(1, 2)"},
		{"my_str_count()", "''.count()"},
		{"my_str_count(1, 2, 3, 4)", "''.count(1, 2, 3, 4)"},
		{"my_startswith()", "''.startswith()"},
		{"my_get()", "{}.get()"},
		{"my_get(1, 2, 3)", "{}.get(1, 2, 3)"},
		{"my_divmod(1)", "divmod(1)"},
		{"my_replace(1)", "''.replace(1)"},
		{"my_sort(1)", "[].sort(1)"},
		{"my_sort(x=1)", "[].sort(x=1)"},
		{"my_split(1, 2, 3)", "''.split(1, 2, 3)"},
		{"my_split(x=1)", "''.split(x=1)"},
		{"my_from_bytes()", "int.from_bytes()"},
		{"my_from_bytes(b'', 'big', 1)", "int.from_bytes(b'', 'big', 1)"},
		{"my_from_bytes(b'', 'big', signed=1, x=2)", "int.from_bytes(b'', 'big', signed=1, x=2)"},
		{"my_from_bytes(bytes=b'', byteorder='big', signed=1, x=2)", "int.from_bytes(bytes=b'', byteorder='big', signed=1, x=2)"},
		{"my_to_bytes(1, 'big', length=3)", "(1).to_bytes(1, 'big', length=3)"},
		{"my_to_bytes(1, 2, 3)", "(1).to_bytes(1, 2, 3)"},
		{"my_to_bytes(x=1)", "(1).to_bytes(x=1)"},
		{"my_sum()", "sum()"},
		{"my_sum(iterable=[])", "sum(iterable=[])"},
		{"my_round()", "round()"},
		{"my_round(1, 2, 3)", "round(1, 2, 3)"},
		{"my_round(number=1, x=2)", "round(number=1, x=2)"},
		{"my_property(1, 2, 3, 4, 5)", "property(1, 2, 3, 4, 5)"},
		{"my_property(1, 2, 3, 4, x=5)", "property(1, 2, 3, 4, x=5)"},
		{"my_property(fget=1, fset=2, fdel=3, doc=4, x=5)", "property(fget=1, fset=2, fdel=3, doc=4, x=5)"},
		{"my_splitlines(1, 2)", "''.splitlines(1, 2)"},
		{"my_round(1, ndigits=2)", "None"},
		{"my_sum([], start=2)", "None"},
	}
	var exprs []string
	for _, c := range cases {
		exprs = append(exprs, c[1])
	}
	want := typeTestPython(t, "", exprs)
	for i, c := range cases {
		got := evalPython(ts, env, c[0])
		if c[1] != "None" && want[i][:2] != "!!" {
			// CPython accepted the call (it ran the real built-in): only
			// the absence of an argument error matters.
			if got[:2] == "!!" {
				t.Errorf("%s: %s, python3 accepts %s", c[0], got, c[1])
			}
			continue
		}
		if got != want[i] {
			t.Errorf("%s (as %s):\n got  %q\n want %q", c[0], c[1], got, want[i])
		}
	}
}
