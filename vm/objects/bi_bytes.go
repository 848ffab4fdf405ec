package objects

// NewByteArrayShared returns a bytearray whose contents are b itself, not
// a copy: io.BytesIO.getbuffer() exports its buffer this way, so writes
// through the view reach the BytesIO. The caller must not resize b while
// ByteArrayExports reports views of it.
func NewByteArrayShared(ts *Thread, b []byte) *Object {
	return newByteArrayOwned(ts, b[:len(b):len(b)])
}

// ByteArrayExports is the number of live memoryviews of a bytearray.
func ByteArrayExports(o *Object) int { return AsByteArray(o).exports }
