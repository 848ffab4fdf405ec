package objects

// NewMethodDescriptor makes a static immortal method_descriptor for def
// that applies to instances of t: a method written in Go for a class
// defined in Python source (def.Fn receives the instance as self), which,
// like a C method, adds no Python frame to tracebacks. Call it at init.
func NewMethodDescriptor(t *Type, def *MethodDef) *Object { return newStaticMethodDescr(t, def) }
