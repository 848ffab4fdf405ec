package objects

// Adapters to types other helpers own (bytes), kept in one place so that
// each can switch to the owner's API in one line.

// numBytesOf returns the contents of a bytes-like object (bytes, bytearray,
// memoryview; borrowed), for int(b'12') and float(b'1.5').
func numBytesOf(o *Object) ([]byte, bool) { return bytesBufferOf(o) }

// numNewBytes makes a bytes object that owns b.
func numNewBytes(ts *Thread, b []byte) *Object { return newBytesOwned(ts, b) }

// numBytesFromObject is PyObject_Bytes for int.from_bytes: a buffer's
// contents, else bytes(iterable) with CPython's errors.
func numBytesFromObject(ts *Thread, o *Object) ([]byte, bool) {
	if b, ok := bytesBufferOf(o); ok {
		return b, true
	}
	if AsStr(o) != nil || (o.typ.Iter == nil && o.typ.GetItem == nil) {
		ts.Raisef(TypeError, "cannot convert '%s' object to bytes", TypeName(o))
		return nil, false
	}
	return bytesFromIterable(ts, o, "bytes must be in range(0, 256)")
}
