package objects

import (
	"math"

	"minipy/lang/literal"
)

// printf-style formatting: str % args (CPython's PyUnicode_Format) and
// bytes % args (_PyBytes_FormatEx). One engine writes both; isBytes selects
// the conversions and messages of the bytes flavour. Text is WTF-8 for str.

const (
	pfLeft  = 1 << iota // '-'
	pfSign              // '+'
	pfSpace             // ' '
	pfAlt               // '#'
	pfZero              // '0'
)

func strModSlot(ts *Thread, a, b *Object) *Object {
	if AsStr(a) == nil {
		return NotImplemented
	}
	out, ok := percentFormat(ts, StrValue(a), b, false)
	if !ok {
		return nil
	}
	return NewStr(ts, string(out))
}

func bytesModSlot(ts *Thread, a, b *Object) *Object {
	fb, ok := bytesBufferOf(a)
	if !ok || asMemoryView(a) != nil {
		return NotImplemented
	}
	out, ok := percentFormat(ts, string(fb), b, true)
	if !ok {
		return nil
	}
	if AsByteArray(a) != nil {
		return newByteArrayOwned(ts, out)
	}
	return newBytesOwned(ts, out)
}

// StrPercentFormat is format % args for a str format (a Go WTF-8 string).
func StrPercentFormat(ts *Thread, format string, args *Object) *Object {
	out, ok := percentFormat(ts, format, args, false)
	if !ok {
		return nil
	}
	return NewStr(ts, string(out))
}

func percentFormat(ts *Thread, f string, args *Object, isBytes bool) ([]byte, bool) {
	var items []*Object
	var dict *Object
	if t := AsTuple(args); t != nil {
		items = t.items
	} else {
		items = []*Object{args}
		if args.typ.GetItem != nil && AsStr(args) == nil && !(isBytes && (AsBytes(args) != nil || AsByteArray(args) != nil)) {
			dict = args
		}
	}
	argIdx := 0
	usedDict := false
	nextArg := func() *Object {
		if argIdx >= len(items) {
			ts.Raise(TypeError, "not enough arguments for format string")
			return nil
		}
		a := items[argIdx]
		argIdx++
		return a
	}
	out := make([]byte, 0, len(f)+16)
	i := 0
	for i < len(f) {
		c := f[i]
		if c != '%' {
			j := i
			for j < len(f) && f[j] != '%' {
				j++
			}
			out = append(out, f[i:j]...)
			i = j
			continue
		}
		i++
		if i >= len(f) {
			ts.Raise(ValueError, "incomplete format")
			return nil, false
		}
		var arg *Object
		var keyed *Object // a new reference from the mapping
		if f[i] == '%' {
			// Only an immediate %% is a literal percent sign; after flags,
			// width or precision CPython 3.11 treats '%' as a conversion
			// that takes an argument and is unsupported.
			out = append(out, '%')
			i++
			continue
		}
		if f[i] == '(' {
			if dict == nil {
				ts.Raise(TypeError, "format requires a mapping")
				return nil, false
			}
			depth := 1
			i++
			ks := i
			for i < len(f) && depth > 0 {
				if f[i] == '%' {
					// Only an immediate %% is a literal percent sign; after flags,
					// width or precision CPython 3.11 treats '%' as a conversion
					// that takes an argument and is unsupported.
					out = append(out, '%')
					i++
					continue
				}
				if f[i] == '(' {
					depth++
				} else if f[i] == ')' {
					depth--
				}
				i++
			}
			if depth > 0 {
				ts.Raise(ValueError, "incomplete format key")
				return nil, false
			}
			var key *Object
			if isBytes {
				key = NewBytes(ts, []byte(f[ks:i-1]))
			} else {
				key = NewStr(ts, f[ks:i-1])
			}
			keyed = GetItem(ts, dict, key)
			Decref(ts, key)
			if keyed == nil {
				return nil, false
			}
			// The value becomes the only argument of this conversion, as
			// in CPython: a '*' width or precision takes it first (and the
			// conversion then finds no argument left).
			items, argIdx = []*Object{keyed}, 0
			usedDict = true
		}
		release := func() {
			if keyed != nil {
				Decref(ts, keyed)
				keyed = nil
				items, argIdx = nil, 0
			}
		}
		flags := 0
	flagLoop:
		for i < len(f) {
			switch f[i] {
			case '-':
				flags |= pfLeft
			case '+':
				flags |= pfSign
			case ' ':
				flags |= pfSpace
			case '#':
				flags |= pfAlt
			case '0':
				flags |= pfZero
			default:
				break flagLoop
			}
			i++
		}
		width, prec := -1, -1
		readNum := func(isPrec bool) (int, bool) {
			if i < len(f) && f[i] == '*' {
				i++
				v := nextArg()
				if v == nil {
					return 0, false
				}
				if AsInt(v) == nil {
					ts.Raise(TypeError, "* wants int")
					return 0, false
				}
				// CPython reads a * width as a Py_ssize_t and a *
				// precision as an int.
				n, ok, _ := strIntValue(v)
				if isPrec && (!ok || n > math.MaxInt32 || n < math.MinInt32) {
					ts.Raise(OverflowError, "Python int too large to convert to C int")
					return 0, false
				}
				if !ok {
					ts.Raise(OverflowError, "Python int too large to convert to C ssize_t")
					return 0, false
				}
				if !isPrec && n < 0 {
					flags |= pfLeft
					n = -n
				}
				return int(n), true
			}
			n := -1
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				if n < 0 {
					n = 0
				}
				// A written width is bounded by Py_ssize_t, a precision
				// by int (bytes say "prec too big").
				d := int(f[i] - '0')
				if isPrec && n > (math.MaxInt32-d)/10 {
					if isBytes {
						ts.Raise(ValueError, "prec too big")
					} else {
						ts.Raise(ValueError, "precision too big")
					}
					return 0, false
				}
				if !isPrec && n > (math.MaxInt64-d)/10 {
					ts.Raise(ValueError, "width too big")
					return 0, false
				}
				n = n*10 + d
				i++
			}
			return n, true
		}
		var ok bool
		if width, ok = readNum(false); !ok {
			release()
			return nil, false
		}
		if i < len(f) && f[i] == '.' {
			i++
			if prec, ok = readNum(true); !ok {
				release()
				return nil, false
			}
			if prec < 0 {
				prec = 0
			}
		}
		for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			release()
			ts.Raise(ValueError, "incomplete format")
			return nil, false
		}
		conv, size := literal.DecodeRune(f[i:])
		if isBytes {
			conv, size = rune(f[i]), 1
		}
		i += size
		if arg = nextArg(); arg == nil {
			release()
			return nil, false
		}
		text, numeric, ok := percentConvert(ts, conv, flags, prec, arg, isBytes, strCountCP(f[:i-size]), i-size)
		release()
		if !ok {
			return nil, false
		}
		// Padding the machine cannot hold is CPython's failed malloc.
		if int64(width) > strMaxSize {
			ts.RaiseNone(MemoryError)
			return nil, false
		}
		out = percentPad(out, text, numeric, flags, width, isBytes)
	}
	if argIdx < len(items) && !usedDict && dict == nil {
		if isBytes {
			ts.Raise(TypeError, "not all arguments converted during bytes formatting")
		} else {
			ts.Raise(TypeError, "not all arguments converted during string formatting")
		}
		return nil, false
	}
	return out, true
}

// percentPad writes text padded to width. For numbers with the 0 flag the
// zeros go after the sign and the 0x/0o prefix.
func percentPad(out []byte, text string, numeric bool, flags, width int, isBytes bool) []byte {
	n := len(text)
	if !isBytes {
		n = strCountCP(text)
	}
	if width <= n {
		return append(out, text...)
	}
	pad := width - n
	if flags&pfLeft != 0 {
		out = append(out, text...)
		for ; pad > 0; pad-- {
			out = append(out, ' ')
		}
		return out
	}
	if numeric && flags&pfZero != 0 {
		k := 0
		if k < len(text) && (text[k] == '-' || text[k] == '+' || text[k] == ' ') {
			k++
		}
		if k+1 < len(text) && text[k] == '0' && (text[k+1] == 'x' || text[k+1] == 'X' || text[k+1] == 'o') {
			k += 2
		}
		out = append(out, text[:k]...)
		for ; pad > 0; pad-- {
			out = append(out, '0')
		}
		return append(out, text[k:]...)
	}
	for ; pad > 0; pad-- {
		out = append(out, ' ')
	}
	return append(out, text...)
}

// percentConvert formats one argument. numeric tells percentPad that zero
// padding applies.
func percentConvert(ts *Thread, conv rune, flags, prec int, arg *Object, isBytes bool, cpIndex, byteIndex int) (string, bool, bool) {
	switch conv {
	case 's', 'r', 'a', 'b':
		if isBytes {
			if conv == 'r' || conv == 'a' {
				r := Repr(ts, arg)
				if r == nil {
					return "", false, false
				}
				s := strASCIIOf(StrValue(r))
				Decref(ts, r)
				return percentTrunc(s, prec, true), false, true
			}
			if conv == 's' || conv == 'b' {
				if b, ok := bytesBufferOf(arg); ok {
					return percentTrunc(string(b), prec, true), false, true
				}
				if r := bytesCallDunderBytes(ts, arg); r != nil {
					s := string(BytesValue(r))
					Decref(ts, r)
					return percentTrunc(s, prec, true), false, true
				}
				if ts.Occurred() {
					return "", false, false
				}
				ts.Raisef(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
				return "", false, false
			}
		}
		if conv == 'b' {
			break
		}
		var r *Object
		switch conv {
		case 's':
			r = StrOf(ts, arg)
		default:
			r = Repr(ts, arg)
		}
		if r == nil {
			return "", false, false
		}
		s := StrValue(r)
		Decref(ts, r)
		if conv == 'a' {
			s = strASCIIOf(s)
		}
		return percentTrunc(s, prec, false), false, true
	case 'c':
		if isBytes {
			if b, ok := bytesBufferOf(arg); ok && len(b) == 1 && asMemoryView(arg) == nil {
				return string(b), false, true
			}
			if AsInt(arg) != nil || arg.typ.Index != nil {
				v, ok := strIndexArg(ts, arg, OverflowError)
				if !ok {
					return "", false, false
				}
				if v < 0 || v > 255 {
					ts.Raise(OverflowError, "%c arg not in range(256)")
					return "", false, false
				}
				return string([]byte{byte(v)}), false, true
			}
			ts.Raise(TypeError, "%c requires an integer in range(256) or a single byte")
			return "", false, false
		}
		if s := AsStr(arg); s != nil {
			if s.n != 1 {
				ts.Raise(TypeError, "%c requires int or char")
				return "", false, false
			}
			return s.s, false, true
		}
		if AsInt(arg) == nil && arg.typ.Index == nil {
			ts.Raise(TypeError, "%c requires int or char")
			return "", false, false
		}
		v, ok := strIndexArg(ts, arg, OverflowError)
		if !ok {
			if ts.ErrMatches(OverflowError) {
				ts.ClearErr()
				ts.Raise(OverflowError, "%c arg not in range(0x110000)")
			}
			return "", false, false
		}
		if v < 0 || v > 0x10ffff {
			ts.Raise(OverflowError, "%c arg not in range(0x110000)")
			return "", false, false
		}
		return string(appendWTF8(nil, rune(v))), false, true
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var num *Object
		if AsInt(arg) != nil {
			num = NewRef(arg)
		} else if conv == 'd' || conv == 'i' || conv == 'u' {
			if arg.typ.Int == nil && arg.typ.Index == nil && !IsFloat(arg) {
				ts.Raisef(TypeError, "%%%c format: a real number is required, not %s", conv, TypeName(arg))
				return "", false, false
			}
			if arg.typ.Index != nil {
				num = strIndexObj(ts, arg)
			} else {
				num = arg.typ.Int(ts, arg)
			}
		} else {
			if arg.typ.Index == nil {
				ts.Raisef(TypeError, "%%%c format: an integer is required, not %s", conv, TypeName(arg))
				return "", false, false
			}
			num = strIndexObj(ts, arg)
		}
		if num == nil || AsInt(num) == nil {
			if num != nil {
				Decref(ts, num)
				ts.Raisef(TypeError, "__int__ returned non-int (type %s)", TypeName(num))
			}
			return "", false, false
		}
		base := 10
		switch conv {
		case 'x', 'X':
			base = 16
		case 'o':
			base = 8
		}
		var digits string
		var neg bool
		if base == 10 {
			s, ok := IntDecimal(ts, AsInt(num))
			if !ok {
				Decref(ts, num)
				return "", false, false
			}
			neg = s[0] == '-'
			digits = s
			if neg {
				digits = s[1:]
			}
		} else {
			digits, neg = intFormatBase(AsInt(num), base)
		}
		Decref(ts, num)
		if conv == 'X' {
			digits = strUpperASCII(digits)
		}
		for len(digits) < prec {
			digits = "0" + digits
		}
		prefix := ""
		if flags&pfAlt != 0 {
			switch conv {
			case 'x':
				prefix = "0x"
			case 'X':
				prefix = "0X"
			case 'o':
				prefix = "0o"
			}
		}
		sign := ""
		switch {
		case neg:
			sign = "-"
		case flags&pfSign != 0:
			sign = "+"
		case flags&pfSpace != 0:
			sign = " "
		}
		return sign + prefix + digits, true, true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		v, ok := FloatAsDouble(ts, arg)
		if !ok {
			return "", false, false
		}
		if prec < 0 {
			prec = 6
		}
		var ff literal.FloatFlags
		if flags&pfAlt != 0 {
			ff |= literal.FloatAlt
		}
		if flags&pfSign != 0 {
			ff |= literal.FloatSign
		}
		s := literal.FormatFloatMode(v, byte(conv), prec, ff)
		if flags&pfSpace != 0 && flags&pfSign == 0 && s[0] != '-' {
			s = " " + s
		}
		return s, true, true
	}
	if isBytes && conv >= 0x80 {
		// CPython formats the message with a signed char here, which
		// fails in PyUnicode_FromFormat.
		ts.Raise(OverflowError, "character argument not in range(0x110000)")
		return "", false, false
	}
	if conv < 0x80 && conv >= 0x20 && conv != 0x7f {
		ts.Raisef(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, percentIndex(isBytes, cpIndex, byteIndex))
	} else {
		ts.Raisef(ValueError, "unsupported format character '%s' (0x%x) at index %d", strEscapeOrChar(conv), conv, percentIndex(isBytes, cpIndex, byteIndex))
	}
	return "", false, false
}

// percentIndex is the index CPython reports for a bad conversion: the
// position of the conversion character (in code points for str).
func percentIndex(isBytes bool, cpIndex, byteIndex int) int {
	if isBytes {
		return byteIndex
	}
	return cpIndex
}

func strEscapeOrChar(r rune) string { return string(appendWTF8(nil, r)) }

func percentTrunc(s string, prec int, isBytes bool) string {
	if prec < 0 {
		return s
	}
	if isBytes {
		if prec < len(s) {
			return s[:prec]
		}
		return s
	}
	n := 0
	for i := 0; i < len(s); {
		if n == prec {
			return s[:i]
		}
		i += strSeqLen(s[i])
		n++
	}
	return s
}

// strASCIIOf is ascii() applied to a repr: non-ASCII characters escaped.
func strASCIIOf(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	out := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			out = append(out, s[i])
			i++
			continue
		}
		r, size := decodeWTF8(s[i:])
		out = append(out, strEscapeChar(r)...)
		i += size
	}
	return string(out)
}

// StrASCIIRepr is ascii(o).
func StrASCIIRepr(ts *Thread, o *Object) *Object {
	r := Repr(ts, o)
	if r == nil {
		return nil
	}
	s := StrValue(r)
	a := strASCIIOf(s)
	if a == s {
		return r
	}
	Decref(ts, r)
	return newStrASCII(ts, a)
}

func strUpperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}
