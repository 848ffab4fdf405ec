package objects

// buildTypeDict fills t.Dict from its method, getset and member tables and
// its slots (as CPython's type_ready adds slot wrappers such as __add__).
func buildTypeDict(t *Type) {
}
