package objects

import "math/big"

// int.to_bytes and int.from_bytes.

func init() {
	IntType.Methods = append(IntType.Methods,
		MethodDef{Name: "to_bytes", Fn: intToBytes, Doc: "Return an array of bytes representing an integer."},
		MethodDef{Name: "from_bytes", Fn: intFromBytes, Flags: MethClass, Doc: "Return the integer represented by the given array of bytes."},
	)
}

// intByteOrder reads the byteorder argument: true for little-endian.
func intByteOrder(ts *Thread, fname string, o *Object) (little, ok bool) {
	if o == nil {
		return false, true
	}
	if AsStr(o) == nil {
		ts.Raisef(TypeError, "%s() argument 'byteorder' must be str, not %s", fname, strClinicTypeName(o))
		return false, false
	}
	switch StrValue(o) {
	case "little":
		return true, true
	case "big":
		return false, true
	}
	ts.Raise(ValueError, "byteorder must be either 'little' or 'big'")
	return false, false
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var olen, oorder, osigned *Object
	if !ParseArgs(ts, "to_bytes", args, kwnames, []string{"length", "byteorder", "*", "signed"}, 0, &olen, &oorder, &osigned) {
		return nil
	}
	length := 1
	if olen != nil {
		n, ok := IndexValue(ts, olen, OverflowError)
		if !ok {
			return nil
		}
		if n < 0 {
			return ts.Raise(ValueError, "length argument must be non-negative")
		}
		length = n
	}
	little, ok := intByteOrder(ts, "to_bytes", oorder)
	if !ok {
		return nil
	}
	signed := false
	if osigned != nil {
		t := IsTrue(ts, osigned)
		if t < 0 {
			return nil
		}
		signed = t == 1
	}
	var tmp big.Int
	v := AsInt(self).bigOf(&tmp)
	if v.Sign() < 0 && !signed {
		return ts.Raise(OverflowError, "can't convert negative int to unsigned")
	}
	// Fits when -2**(8n-1) <= v < 2**(8n-1) (signed) or v < 2**(8n).
	bitsAvail := 8 * length
	fits := true
	if signed {
		if v.Sign() >= 0 {
			fits = v.BitLen() <= bitsAvail-1
		} else {
			// v >= -2**(k) iff (-v-1).BitLen() <= k
			m := new(big.Int).Neg(v)
			m.Sub(m, big.NewInt(1))
			fits = m.BitLen() <= bitsAvail-1
		}
		if length == 0 {
			fits = v.Sign() == 0
		}
	} else {
		fits = v.BitLen() <= bitsAvail
	}
	if !fits {
		return ts.Raise(OverflowError, "int too big to convert")
	}
	if length > 1<<28 {
		return ts.RaiseNone(MemoryError)
	}
	buf := make([]byte, length)
	u := v
	if v.Sign() < 0 {
		// Two's complement: 2**(8n) + v.
		u = new(big.Int).Lsh(big.NewInt(1), uint(bitsAvail))
		u.Add(u, v)
	}
	u.FillBytes(buf) // big-endian
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	return numNewBytes(ts, buf)
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	var obytes, oorder, osigned *Object
	if !ParseArgs(ts, "from_bytes", args, kwnames, []string{"bytes", "byteorder", "*", "signed"}, 1, &obytes, &oorder, &osigned) {
		return nil
	}
	little, ok := intByteOrder(ts, "from_bytes", oorder)
	if !ok {
		return nil
	}
	signed := false
	if osigned != nil {
		t := IsTrue(ts, osigned)
		if t < 0 {
			return nil
		}
		signed = t == 1
	}
	data, ok := numBytesFromObject(ts, obytes)
	if !ok {
		return nil
	}
	b := make([]byte, len(data))
	copy(b, data)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := intFromBig(ts, v)
	if t := AsType(self); r != nil && t != nil && t != IntType {
		// A subclass: cls(value), as CPython does.
		res := Call(ts, self, []*Object{r}, nil)
		Decref(ts, r)
		return res
	}
	return r
}
