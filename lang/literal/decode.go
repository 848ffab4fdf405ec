package literal

import (
	"fmt"
	"strings"

	"minipy/lang/unicodedata"
)

// LiteralError is a string or bytes literal that CPython rejects. Msg is the
// SyntaxError message CPython 3.11 gives (for escapes it starts with
// "(unicode error) " or "(value error) "); Start and End are the byte offsets
// in the literal's body of the offending part (for locating a caret).
//
// Where CPython puts the SyntaxError: for a bad escape, on the string token's
// last line with offset = the column (1-based, in characters) of the token's
// last character and end_offset -1; for "bytes can only contain ASCII literal
// characters", on the whole token (offset = token start column + 1,
// end_offset = token end column + 1).
type LiteralError struct {
	Msg        string
	Start, End int
}

func (e *LiteralError) Error() string { return e.Msg }

// MsgBytesNonASCII is CPython's message for a non-ASCII character in a bytes literal.
const MsgBytesNonASCII = "bytes can only contain ASCII literal characters"

// Warning is the DeprecationWarning CPython 3.11 emits for the first invalid
// escape of a literal ("invalid escape sequence '\d'", "invalid octal escape
// sequence '\777'"); Offset is the byte offset of its backslash in the body.
// CPython reports it at the string token's line; with warnings turned into
// errors it becomes a SyntaxError with the same message.
type Warning struct {
	Msg    string
	Offset int
}

// DecodeStr decodes the body of a str literal (the text between the quotes,
// WTF-8, newlines already normalized to \n) as CPython 3.11's parser does.
// Raw bodies are returned unchanged. See DecodeStrWarn for the warning.
func DecodeStr(body string, raw bool) (string, error) {
	s, _, err := DecodeStrWarn(body, raw)
	return s, err
}

// DecodeStrWarn is DecodeStr that also returns the invalid-escape warning, if any.
//
// Escapes: \\ \' \" \a \b \f \n \r \t \v, \ooo (1-3 octal digits; values
// above 0o377 warn), \xhh, \uhhhh, \Uhhhhhhhh (at most 0x10FFFF; surrogates
// are allowed and stored as WTF-8), \N{name} (unicodedata.Lookup), backslash
// newline (removed); any other escape is kept as is with a warning. Error
// messages and their positions are CPython's, which counts positions in a
// rewritten body where every non-ASCII character is ten bytes long
// (\UXXXXXXXX) and a backslash before one is six (\u005c).
func DecodeStrWarn(body string, raw bool) (string, *Warning, error) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, nil, nil
	}
	var buf []byte
	var origin []int // nil: buf is body itself (all ASCII), offsets map to themselves
	if isASCIIString(body) {
		buf = []byte(body)
	} else {
		buf, origin = rewriteNonASCII(body)
	}
	out := make([]byte, 0, len(body))
	firstInvalid := -1
	n := len(buf)
	s := 0
	for s < n {
		c := buf[s]
		s++
		if c != '\\' {
			out = append(out, c)
			continue
		}
		start := s - 1
		var msg string
		if s >= n {
			msg = `\ at end of string`
			return "", nil, unicodeEscapeError(buf, origin, len(body), start, s, msg)
		}
		c = buf[s]
		s++
		switch c {
		case '\n':
			continue
		case '\\', '\'', '"':
			out = append(out, c)
			continue
		case 'b':
			out = append(out, '\b')
			continue
		case 'f':
			out = append(out, '\f')
			continue
		case 't':
			out = append(out, '\t')
			continue
		case 'n':
			out = append(out, '\n')
			continue
		case 'r':
			out = append(out, '\r')
			continue
		case 'v':
			out = append(out, '\v')
			continue
		case 'a':
			out = append(out, 7)
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			ch := rune(c - '0')
			if s < n && '0' <= buf[s] && buf[s] <= '7' {
				ch = ch<<3 + rune(buf[s]-'0')
				s++
				if s < n && '0' <= buf[s] && buf[s] <= '7' {
					ch = ch<<3 + rune(buf[s]-'0')
					s++
				}
			}
			if ch > 0o377 && firstInvalid < 0 {
				firstInvalid = s - 3
			}
			out = AppendRune(out, ch)
			continue
		case 'x', 'u', 'U':
			count := 2
			msg = `truncated \xXX escape`
			if c == 'u' {
				count, msg = 4, `truncated \uXXXX escape`
			} else if c == 'U' {
				count, msg = 8, `truncated \UXXXXXXXX escape`
			}
			var ch rune
			bad := false
			for ; count > 0; count-- {
				if s >= n {
					bad = true
					break
				}
				d := hexValue(buf[s])
				if d < 0 {
					bad = true
					break
				}
				ch = ch<<4 + rune(d)
				s++
			}
			if !bad && ch > 0x10FFFF {
				msg, bad = "illegal Unicode character", true
			}
			if bad {
				return "", nil, unicodeEscapeError(buf, origin, len(body), start, s, msg)
			}
			out = AppendRune(out, ch)
			continue
		case 'N':
			msg = `malformed \N character escape`
			if s < n && buf[s] == '{' {
				s++
				nameStart := s
				for s < n && buf[s] != '}' {
					s++
				}
				if s < n && s > nameStart {
					name := string(buf[nameStart:s])
					s++
					if r, ok := unicodedata.Lookup(name); ok {
						out = AppendRune(out, r)
						continue
					}
					msg = "unknown Unicode character name"
				}
			}
			return "", nil, unicodeEscapeError(buf, origin, len(body), start, s, msg)
		default:
			if firstInvalid < 0 {
				firstInvalid = s - 1
			}
			out = append(out, '\\', c)
			continue
		}
	}
	var warn *Warning
	if firstInvalid >= 0 {
		warn = escapeWarning(buf[firstInvalid:], originAt(origin, firstInvalid-1))
	}
	return string(out), warn, nil
}

// escapeWarning is CPython's warn_invalid_escape_sequence; rest starts at the
// character after the backslash.
func escapeWarning(rest []byte, offset int) *Warning {
	c := rest[0]
	if '4' <= c && c <= '7' {
		return &Warning{Msg: fmt.Sprintf(`invalid octal escape sequence '\%s'`, rest[:min(3, len(rest))]), Offset: offset}
	}
	return &Warning{Msg: fmt.Sprintf(`invalid escape sequence '\%c'`, c), Offset: offset}
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// rewriteNonASCII is the first step of CPython's decode_unicode_with_escapes:
// every non-ASCII character becomes \UXXXXXXXX and a backslash before one (or
// at the very end) becomes \u005c, so that the escape decoder sees only ASCII.
// origin[i] is the body offset that buf[i] came from.
func rewriteNonASCII(body string) ([]byte, []int) {
	buf := make([]byte, 0, len(body)+16)
	origin := make([]int, 0, len(body)+16)
	put := func(s string, at int) {
		buf = append(buf, s...)
		for range s {
			origin = append(origin, at)
		}
	}
	i := 0
	for i < len(body) {
		if body[i] == '\\' {
			put(`\`, i)
			i++
			if i >= len(body) || body[i] >= 0x80 {
				put("u005c", i-1)
				if i >= len(body) {
					break
				}
			}
		}
		if body[i] >= 0x80 {
			r, n := DecodeRune(body[i:])
			put(fmt.Sprintf(`\U%08x`, r), i)
			i += n
		} else {
			put(body[i:i+1], i)
			i++
		}
	}
	return buf, origin
}

func originAt(origin []int, i int) int {
	if origin == nil {
		return i
	}
	return origin[i]
}

// unicodeEscapeError formats the UnicodeDecodeError CPython's parser wraps in
// "(unicode error) ...": start and end (exclusive) are positions in buf.
func unicodeEscapeError(buf []byte, origin []int, bodyLen, start, end int, msg string) error {
	var m string
	if end-start == 1 {
		m = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %d: %s", buf[start], start, msg)
	} else {
		m = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, msg)
	}
	e := &LiteralError{Msg: m, Start: originAt(origin, start), End: bodyLen}
	if end < len(buf) {
		e.End = originAt(origin, end)
	}
	return e
}

// DecodeBytes decodes the body of a bytes literal as CPython 3.11's parser
// does: first the check that every character is ASCII (MsgBytesNonASCII, also
// for raw literals), then, unless raw, the escapes \\ \' \" \a \b \f \n \r \t
// \v, \ooo (values above 0o377 keep their low 8 bits and warn), \xhh and
// backslash newline; any other escape (\N, \u, \U too) is kept as is with a
// warning. See DecodeBytesWarn for the warning.
func DecodeBytes(body string, raw bool) ([]byte, error) {
	b, _, err := DecodeBytesWarn(body, raw)
	return b, err
}

// CheckBytesASCII returns the MsgBytesNonASCII error if body holds a non-ASCII
// byte (CPython reports it for the whole token).
func CheckBytesASCII(body string) error {
	for i := 0; i < len(body); i++ {
		if body[i] >= 0x80 {
			return &LiteralError{Msg: MsgBytesNonASCII, Start: 0, End: len(body)}
		}
	}
	return nil
}

// DecodeBytesWarn is DecodeBytes that also returns the invalid-escape warning, if any.
func DecodeBytesWarn(body string, raw bool) ([]byte, *Warning, error) {
	if err := CheckBytesASCII(body); err != nil {
		return nil, nil, err
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return []byte(body), nil, nil
	}
	out := make([]byte, 0, len(body))
	firstInvalid := -1
	n := len(body)
	s := 0
	for s < n {
		if body[s] != '\\' {
			out = append(out, body[s])
			s++
			continue
		}
		s++
		if s == n {
			return nil, nil, &LiteralError{Msg: `(value error) Trailing \ in string`, Start: s - 1, End: s}
		}
		c := body[s]
		s++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, 7)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			if s < n && '0' <= body[s] && body[s] <= '7' {
				v = v<<3 + int(body[s]-'0')
				s++
				if s < n && '0' <= body[s] && body[s] <= '7' {
					v = v<<3 + int(body[s]-'0')
					s++
				}
			}
			if v > 0o377 && firstInvalid < 0 {
				firstInvalid = s - 3
			}
			out = append(out, byte(v))
		case 'x':
			if s+1 < n {
				d1, d2 := hexValue(body[s]), hexValue(body[s+1])
				if d1 >= 0 && d2 >= 0 {
					out = append(out, byte(d1<<4|d2))
					s += 2
					break
				}
			}
			return nil, nil, &LiteralError{Msg: fmt.Sprintf(`(value error) invalid \x escape at position %d`, s-2),
				Start: s - 2, End: min(s+2, n)}
		default:
			if firstInvalid < 0 {
				firstInvalid = s - 1
			}
			out = append(out, '\\')
			s--
		}
	}
	var warn *Warning
	if firstInvalid >= 0 {
		warn = escapeWarning([]byte(body[firstInvalid:]), firstInvalid-1)
	}
	return out, warn, nil
}
