package objects

// ObjectType and TypeType: the roots of the type system.
var (
	ObjectType = &Type{Name: "object", Flags: FlagBaseType}
	TypeType   = &Type{Name: "type", Flags: FlagBaseType | FlagTypeSubclass | FlagHaveGC}
)

func init() {
	registerStatic(ObjectType, TypeType)
}
