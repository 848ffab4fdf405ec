package objects

import (
	"fmt"
	"strconv"
	"strings"

	"minipy/lang/unicodedata"
)

// The built-in codecs of str.encode and bytes.decode: utf-8, ascii,
// latin-1, utf-16 and utf-32 (with and without byte order), with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace
// (encoding), namereplace (encoding), surrogateescape and surrogatepass.
// Messages are CPython's; an unknown error handler is reported only when an
// error actually occurs, as CPython does.

// strCodecName normalizes an encoding name as CPython's encodings.search
// function does and maps the aliases of the codecs minipy has. ok is false
// for an unknown encoding.
func strCodecName(enc string) (string, bool) {
	n := strings.ToLower(strings.TrimSpace(enc))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return "utf-8", true
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
		"cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return "ascii", true
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819",
		"iso_ir_100", "iso_8859_1_1987", "csisolatin1", "ibm819", "iso8859":
		return "latin-1", true
	case "utf_16", "utf16", "u16":
		return "utf-16", true
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return "utf-16-le", true
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return "utf-16-be", true
	case "utf_32", "utf32", "u32":
		return "utf-32", true
	case "utf_32_le", "utf_32le":
		return "utf-32-le", true
	case "utf_32_be", "utf_32be":
		return "utf-32-be", true
	}
	return "", false
}

// strEscapeChar is how UnicodeEncodeError names one character: \xNN,
// \uNNNN or \UNNNNNNNN, always escaped.
func strEscapeChar(r rune) string {
	switch {
	case r <= 0xff:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xffff:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

func strRaiseEncodeError(ts *Thread, codec string, str *Object, start, end int, reason string) *Object {
	if e := NewUnicodeEncodeError(ts, codec, str, start, end, reason); e != nil {
		ts.SetErrSteal(e)
	}
	return nil
}

func strRaiseDecodeError(ts *Thread, codec string, b []byte, start, end int, reason string) *Object {
	if e := NewUnicodeDecodeError(ts, codec, b, start, end, reason); e != nil {
		ts.SetErrSteal(e)
	}
	return nil
}

func strUnknownHandler(ts *Thread, errors string) *Object {
	return ts.Raisef(LookupError, "unknown error handler name '%s'", errors)
}

// Encode is str.encode(encoding, errors) for a str object.
func Encode(ts *Thread, o *Object, encoding, errors string) *Object {
	codec, ok := strCodecName(encoding)
	if !ok {
		return ts.Raisef(LookupError, "unknown encoding: %s", encoding)
	}
	s := AsStr(o)
	if codec == "utf-8" || (s.IsASCII() && (codec == "ascii" || codec == "latin-1")) {
		if !strHasSurrogate(s) {
			return NewBytes(ts, []byte(s.s))
		}
	}
	rs := s.Runes()
	var limit rune
	var emit func(buf []byte, r rune) []byte
	reason := "surrogates not allowed"
	canEncode := func(r rune) bool { return r < 0xd800 || r > 0xdfff }
	switch codec {
	case "ascii", "latin-1":
		limit = 0x80
		reason = "ordinal not in range(128)"
		if codec == "latin-1" {
			limit = 0x100
			reason = "ordinal not in range(256)"
		}
		canEncode = func(r rune) bool { return r < limit }
		emit = func(buf []byte, r rune) []byte { return append(buf, byte(r)) }
	case "utf-8":
		emit = appendWTF8
	case "utf-16", "utf-16-le", "utf-16-be":
		be := codec == "utf-16-be"
		emit = func(buf []byte, r rune) []byte {
			put := func(u uint16) {
				if be {
					buf = append(buf, byte(u>>8), byte(u))
				} else {
					buf = append(buf, byte(u), byte(u>>8))
				}
			}
			if r > 0xffff {
				r -= 0x10000
				put(uint16(0xd800 + (r >> 10)))
				put(uint16(0xdc00 + (r & 0x3ff)))
			} else {
				put(uint16(r))
			}
			return buf
		}
	default: // utf-32
		be := codec == "utf-32-be"
		emit = func(buf []byte, r rune) []byte {
			if be {
				return append(buf, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
			}
			return append(buf, byte(r), byte(r>>8), byte(r>>16), byte(r>>24))
		}
	}
	buf := make([]byte, 0, len(rs)+4)
	if codec == "utf-16" {
		buf = append(buf, 0xff, 0xfe)
	} else if codec == "utf-32" {
		buf = append(buf, 0xff, 0xfe, 0, 0)
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if canEncode(r) {
			buf = emit(buf, r)
			i++
			continue
		}
		// CPython's utf-16 and utf-32 encoders report one character per
		// error; the others a maximal run.
		end := i + 1
		for end < len(rs) && !canEncode(rs[end]) && !strings.HasPrefix(codec, "utf-16") && !strings.HasPrefix(codec, "utf-32") {
			end++
		}
		switch errors {
		case "strict":
			return strRaiseEncodeError(ts, codec, o, i, end, reason)
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				buf = emit(buf, '?')
			}
		case "backslashreplace", "namereplace", "xmlcharrefreplace":
			for k := i; k < end; k++ {
				var rep string
				c := rs[k]
				switch {
				case errors == "xmlcharrefreplace":
					rep = "&#" + strconv.Itoa(int(c)) + ";"
				case errors == "namereplace" && strHasName(c):
					name, _ := unicodedata.Name(c)
					rep = "\\N{" + name + "}"
				default:
					rep = strEscapeChar(c)
				}
				for j := 0; j < len(rep); j++ {
					buf = emit(buf, rune(rep[j]))
				}
			}
		case "surrogateescape":
			if strings.HasPrefix(codec, "utf-16") || strings.HasPrefix(codec, "utf-32") {
				// The handler's one-byte result cannot be written by
				// these codecs: CPython raises the original error.
				return strRaiseEncodeError(ts, codec, o, i, end, reason)
			}
			// Like CPython's handler: escape the leading run of
			// U+DC80..U+DCFF; if there is none, raise the original error;
			// otherwise resume after the escaped characters.
			k := i
			for k < end && rs[k] >= 0xdc80 && rs[k] <= 0xdcff {
				buf = append(buf, byte(rs[k]-0xdc00))
				k++
			}
			if k == i {
				return strRaiseEncodeError(ts, codec, o, i, end, reason)
			}
			end = k
		case "surrogatepass":
			if codec == "ascii" || codec == "latin-1" {
				return strRaiseEncodeError(ts, codec, o, i, end, reason)
			}
			for k := i; k < end; k++ {
				c := rs[k]
				if c < 0xd800 || c > 0xdfff {
					return strRaiseEncodeError(ts, codec, o, k, end, reason)
				}
				buf = emit(buf, c)
			}
		default:
			return strUnknownHandler(ts, errors)
		}
		i = end
	}
	return NewBytes(ts, buf)
}

func strHasSurrogate(s *Str) bool {
	if s.IsASCII() {
		return false
	}
	for i := 0; i+2 < len(s.s); i++ {
		if s.s[i] == 0xed && s.s[i+1] >= 0xa0 {
			return true
		}
	}
	return false
}

// strDecoder accumulates decoded text and applies the error handler to
// undecodable byte ranges.
type strDecoder struct {
	ts     *Thread
	codec  string
	errors string
	b      []byte
	out    []byte
	kind   uint8
	n      int
	next   int // where decoding resumes after bad
}

func (d *strDecoder) put(r rune) {
	d.out = appendWTF8(d.out, r)
	d.kind = strKindMax(d.kind, r)
	d.n++
}

// bad handles the undecodable bytes b[start:end]; false means an exception
// was raised. Decoding resumes at d.next (end, except for surrogateescape,
// which escapes only the leading bytes >= 0x80 of the range, as CPython's
// handler does).
func (d *strDecoder) bad(start, end int, reason string) bool {
	d.next = end
	switch d.errors {
	case "strict":
		strRaiseDecodeError(d.ts, d.codec, d.b, start, end, reason)
		return false
	case "ignore":
	case "replace":
		d.put(0xfffd)
	case "backslashreplace":
		for _, c := range d.b[start:end] {
			for _, x := range fmt.Sprintf("\\x%02x", c) {
				d.put(x)
			}
		}
	case "surrogateescape":
		k := start
		for k < end && d.b[k] >= 0x80 {
			d.put(0xdc00 + rune(d.b[k]))
			k++
		}
		if k == start {
			strRaiseDecodeError(d.ts, d.codec, d.b, start, end, reason)
			return false
		}
		d.next = k
	case "surrogatepass":
		strRaiseDecodeError(d.ts, d.codec, d.b, start, end, reason)
		return false
	default:
		strUnknownHandler(d.ts, d.errors)
		return false
	}
	return true
}

func (d *strDecoder) result() *Object {
	return newStrMeasured(d.ts, string(d.out), d.n, d.kind)
}

// Decode is bytes.decode(encoding, errors): the str for the bytes b.
func Decode(ts *Thread, b []byte, encoding, errors string) *Object {
	if len(b) == 0 {
		// CPython returns '' before looking the codec up.
		return NewRef(EmptyStr)
	}
	codec, ok := strCodecName(encoding)
	if !ok {
		return ts.Raisef(LookupError, "unknown encoding: %s", encoding)
	}
	d := &strDecoder{ts: ts, codec: codec, errors: errors, b: b, kind: 1, out: make([]byte, 0, len(b))}
	switch codec {
	case "ascii":
		for i, c := range b {
			if c < 0x80 {
				d.put(rune(c))
			} else if !d.bad(i, i+1, "ordinal not in range(128)") {
				return nil
			}
		}
	case "latin-1":
		for _, c := range b {
			d.put(rune(c))
		}
	case "utf-8":
		if !strDecodeUTF8(d) {
			return nil
		}
	case "utf-16", "utf-16-le", "utf-16-be":
		if !strDecodeUTF16(d) {
			return nil
		}
	default:
		if !strDecodeUTF32(d) {
			return nil
		}
	}
	return d.result()
}

// strUTF8Seq checks the sequence at b[i:]: its length and code point, or
// the length of the maximal valid prefix with a reason.
func strUTF8Seq(b []byte, i int) (r rune, size int, reason string) {
	c := b[i]
	var need int
	var lo, hi byte = 0x80, 0xbf
	switch {
	case c < 0x80:
		return rune(c), 1, ""
	case c >= 0xc2 && c <= 0xdf:
		need, r = 1, rune(c&0x1f)
	case c >= 0xe0 && c <= 0xef:
		need, r = 2, rune(c&0x0f)
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		need, r = 3, rune(c&0x07)
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 0, 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= len(b) {
			return 0, k, "unexpected end of data"
		}
		x := b[i+k]
		if k == 1 {
			if x < lo || x > hi {
				return 0, 1, "invalid continuation byte"
			}
		} else if x&0xc0 != 0x80 {
			return 0, k, "invalid continuation byte"
		}
		r = r<<6 | rune(x&0x3f)
	}
	return r, need + 1, ""
}

func strDecodeUTF8(d *strDecoder) bool {
	b := d.b
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			d.out = append(d.out, b[i])
			d.n++
			i++
			continue
		}
		r, size, reason := strUTF8Seq(b, i)
		if reason == "" {
			d.put(r)
			i += size
			continue
		}
		if d.errors == "surrogatepass" && b[i] == 0xed && i+2 < len(b) &&
			b[i+1] >= 0xa0 && b[i+1] <= 0xbf && b[i+2]&0xc0 == 0x80 {
			d.put(0xd000 | rune(b[i+1]&0x3f)<<6 | rune(b[i+2]&0x3f))
			i += 3
			continue
		}
		if !d.bad(i, i+size, reason) {
			return false
		}
		i = d.next
	}
	return true
}

func strDecodeUTF16(d *strDecoder) bool {
	b := d.b
	be := d.codec == "utf-16-be"
	i := 0
	if d.codec == "utf-16" {
		d.codec = "utf-16-le"
		if len(b) >= 2 {
			if b[0] == 0xff && b[1] == 0xfe {
				i = 2
			} else if b[0] == 0xfe && b[1] == 0xff {
				i, be = 2, true
				d.codec = "utf-16-be"
			}
		}
	}
	unit := func(k int) rune {
		if be {
			return rune(b[k])<<8 | rune(b[k+1])
		}
		return rune(b[k+1])<<8 | rune(b[k])
	}
	pass := d.errors == "surrogatepass"
	for i < len(b) {
		if i+1 >= len(b) {
			if !d.bad(i, len(b), "truncated data") {
				return false
			}
			i = d.next
			continue
		}
		u := unit(i)
		switch {
		case u < 0xd800 || u > 0xdfff:
			d.put(u)
			i += 2
		case u >= 0xdc00:
			if pass {
				d.put(u)
				i += 2
			} else if !d.bad(i, i+2, "illegal encoding") {
				return false
			} else {
				i = d.next
			}
		default:
			if i+3 >= len(b) {
				if pass && i+2 == len(b) {
					d.put(u)
					i += 2
					continue
				}
				if !d.bad(i, len(b), "unexpected end of data") {
					return false
				}
				i = d.next
				continue
			}
			u2 := unit(i + 2)
			if u2 >= 0xdc00 && u2 <= 0xdfff {
				d.put(0x10000 + (u-0xd800)<<10 + (u2 - 0xdc00))
				i += 4
				continue
			}
			if pass {
				d.put(u)
				i += 2
			} else if !d.bad(i, i+2, "illegal UTF-16 surrogate") {
				return false
			} else {
				i = d.next
			}
		}
	}
	return true
}

func strDecodeUTF32(d *strDecoder) bool {
	b := d.b
	be := d.codec == "utf-32-be"
	i := 0
	if d.codec == "utf-32" {
		d.codec = "utf-32-le"
		if len(b) >= 4 {
			if b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0 {
				i = 4
			} else if b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff {
				i, be = 4, true
				d.codec = "utf-32-be"
			}
		}
	}
	for i < len(b) {
		if i+3 >= len(b) {
			if !d.bad(i, len(b), "truncated data") {
				return false
			}
			i = d.next
			continue
		}
		var u uint32
		if be {
			u = uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
		} else {
			u = uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		switch {
		case u > 0x10ffff:
			if d.errors == "surrogatepass" {
				strRaiseDecodeError(d.ts, d.codec, b, i, i+4, "code point not in range(0x110000)")
				return false
			}
			if !d.bad(i, i+4, "code point not in range(0x110000)") {
				return false
			}
			i = d.next
		case u >= 0xd800 && u <= 0xdfff && d.errors != "surrogatepass":
			if !d.bad(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)") {
				return false
			}
			i = d.next
		default:
			d.put(rune(u))
			i += 4
		}
	}
	return true
}

func strHasName(r rune) bool {
	_, ok := unicodedata.Name(r)
	return ok
}
