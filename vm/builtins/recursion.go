package builtins

import "minipy/vm/objects"

// CPython 3.11 constructs these through a vectorcall, which does not check
// the recursion limit (objects.callChecksDepth).
func init() {
	for _, t := range []*objects.Type{MapType, FilterType, ZipType, EnumerateType, ReversedType} {
		t.Flags |= objects.FlagVectorcallNew
	}
}
