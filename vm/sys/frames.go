package sys

import (
	"minipy/vm/objects"
)

func init() {
	sysDefs = append(sysDefs, fn("_getframe", func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "_getframe", args, kwnames, 0, 1) {
			return nil
		}
		depth := int64(0)
		if len(args) == 1 {
			if objects.AsInt(args[0]) == nil {
				return ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(args[0]))
			}
			v, ok := objects.IntValue64(args[0])
			if !ok {
				return ts.Raise(objects.OverflowError, "Python int too large to convert to C int")
			}
			depth = v
		}
		if depth < 0 {
			depth = 0
		}
		return vmThread(ts).GetFrame(int(depth))
	}))
}
