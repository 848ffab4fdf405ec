package sys

import "minipy/vm/objects"

// sys._immortalize and sys._is_immortal (the "Arbitrary Object
// Immortalization" draft's API; _is_immortal as in CPython 3.14). Both are
// METH_O built-ins: exactly one positional argument, refused with
// CPython's wording ("sys._immortalize() takes exactly one argument (0
// given)", the qualified name as for sys.getrefcount).
func init() {
	sysDefs = append(sysDefs,
		fn("_immortalize", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "sys._immortalize", args, kwnames) {
				return nil
			}
			return objects.NewInt(ts, int64(objects.Immortalize(ts, args[0])))
		}),
		fn("_is_immortal", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
			if !objects.CheckOneArg(ts, "sys._is_immortal", args, kwnames) {
				return nil
			}
			return objects.Bool(args[0].IsImmortal())
		}),
	)
}
