package unicodedata

// The str case methods of CPython 3.11 (Objects/unicodeobject.c do_upper,
// do_lower, do_title, do_capitalize, do_swapcase, do_casefold) over WTF-8
// strings. Lowering applies the final sigma rule: U+03A3 becomes U+03C2 when
// it follows a cased letter (skipping case-ignorables) and no cased letter
// follows it (skipping case-ignorables).

// appendLowerAt appends the lowercase of rs[i], with the final sigma rule.
func appendLowerAt(dst []rune, rs []rune, i int) []rune {
	if rs[i] == 0x3A3 {
		if finalSigma(rs, i) {
			return append(dst, 0x3C2)
		}
		return append(dst, 0x3C3)
	}
	return AppendLower(dst, rs[i])
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && IsCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !IsCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && IsCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !IsCased(rs[j])
}

// mapASCII applies f to an ASCII string byte by byte (the fast path: ASCII
// case mappings are one byte each and need no sigma rule).
func mapASCII(s string, f func(prev, c byte) byte) string {
	b := make([]byte, len(s))
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		b[i] = f(prev, s[i])
		prev = s[i]
	}
	return string(b)
}

func asciiUpper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiCased(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// ToUpper returns str.upper(s).
func ToUpper(s string) string {
	if isASCII(s) {
		return mapASCII(s, func(_, c byte) byte { return asciiUpper(c) })
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		out = AppendUpper(out, r)
	}
	return encodeAll(out)
}

// ToLower returns str.lower(s).
func ToLower(s string) string {
	if isASCII(s) {
		return mapASCII(s, func(_, c byte) byte { return asciiLower(c) })
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs))
	for i := range rs {
		out = appendLowerAt(out, rs, i)
	}
	return encodeAll(out)
}

// CaseFold returns str.casefold(s).
func CaseFold(s string) string {
	if isASCII(s) {
		return mapASCII(s, func(_, c byte) byte { return asciiLower(c) })
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		out = AppendCasefold(out, r)
	}
	return encodeAll(out)
}

// SwapCase returns str.swapcase(s).
func SwapCase(s string) string {
	if isASCII(s) {
		return mapASCII(s, func(_, c byte) byte {
			if 'a' <= c && c <= 'z' {
				return c - 32
			}
			return asciiLower(c)
		})
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		switch {
		case IsUpper(r):
			out = appendLowerAt(out, rs, i)
		case IsLower(r):
			out = AppendUpper(out, r)
		default:
			out = append(out, r)
		}
	}
	return encodeAll(out)
}

// ToTitle returns str.title(s): a character after a cased one is lowered,
// any other is titlecased.
func ToTitle(s string) string {
	if isASCII(s) {
		return mapASCII(s, func(prev, c byte) byte {
			if asciiCased(prev) {
				return asciiLower(c)
			}
			return asciiUpper(c)
		})
	}
	rs := decodeAll(s)
	out := make([]rune, 0, len(rs))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			out = appendLowerAt(out, rs, i)
		} else {
			out = AppendTitle(out, r)
		}
		prevCased = IsCased(r)
	}
	return encodeAll(out)
}

// Capitalize returns str.capitalize(s): the first character titlecased (as
// CPython 3.8+), the rest lowered.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	if isASCII(s) {
		b := []byte(s)
		b[0] = asciiUpper(b[0])
		for i := 1; i < len(b); i++ {
			b[i] = asciiLower(b[i])
		}
		return string(b)
	}
	rs := decodeAll(s)
	out := AppendTitle(make([]rune, 0, len(rs)), rs[0])
	for i := 1; i < len(rs); i++ {
		out = appendLowerAt(out, rs, i)
	}
	return encodeAll(out)
}
