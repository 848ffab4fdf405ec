package objects

// Which calls count toward the recursion limit, as in CPython 3.11 (see
// callChecksDepth): the built-in types below are constructed without the
// check, and so are bound methods called (their frame counts).
func init() {
	for _, t := range []*Type{BoolType, DictType, FloatType, FrozenSetType, ListType, RangeType,
		SetType, TupleType, StrType, TypeType} {
		t.Flags |= FlagVectorcallNew
	}
	MethodType.Flags |= FlagNoCallCheck
}
