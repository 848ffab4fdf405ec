package literal

import (
	"strings"
	"unicode/utf8"

	"minipy/lang/unicodedata"
)

const hexDigits = "0123456789abcdef"

// QuoteStr returns repr(s) as CPython 3.11 prints it for a str whose WTF-8
// encoding is s. The quote is ' unless s holds ' and no ". Printable characters
// (str.isprintable, Unicode 14) are kept; other characters are escaped as
// \xNN (below U+0100), \uXXXX or \UXXXXXXXX, except \t, \n, \r.
func QuoteStr(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	q := chooseQuote(s)
	b.WriteByte(q)
	for i := 0; i < len(s); {
		c := s[i]
		// Copy a run of characters that need no escape in one write.
		if j := i; c >= ' ' && c < 0x7f && c != q && c != '\\' {
			for j < len(s) && s[j] >= ' ' && s[j] < 0x7f && s[j] != q && s[j] != '\\' {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		if c < 0x80 {
			i++
			switch {
			case c == q || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Not WTF-8 (a minipy str never is): keep the output valid.
			b.WriteString("\uFFFD")
		} else if unicodedata.IsPrintable(r) {
			b.WriteString(s[i : i+n])
		} else {
			writeEscapedRune(&b, r)
		}
		i += n
	}
	b.WriteByte(q)
	return b.String()
}

// writeEscapedRune writes the shortest of \xNN, \uXXXX, \UXXXXXXXX for r, as
// CPython's unicode_repr does for a non-printable character.
func writeEscapedRune(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		b.WriteString(`\x`)
		writeHex(b, uint32(r), 2)
	case r <= 0xffff:
		b.WriteString(`\u`)
		writeHex(b, uint32(r), 4)
	default:
		b.WriteString(`\U`)
		writeHex(b, uint32(r), 8)
	}
}

func writeHex(b *strings.Builder, v uint32, n int) {
	for k := n - 1; k >= 0; k-- {
		b.WriteByte(hexDigits[(v>>(4*uint(k)))&15])
	}
}

// chooseQuote picks CPython's quote character: ' unless the text holds a '
// and no ".
func chooseQuote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// QuoteBytes returns repr(b) as CPython prints it for a bytes object: b'...'.
func QuoteBytes(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	appendBytesBodyEsc(&sb, b, false)
	return sb.String()
}

// QuoteByteArray returns repr(bytearray(b)) for the class name bytearray:
// bytearray(b'...'). A subclass's repr uses its own name, see QuoteByteArrayNamed.
func QuoteByteArray(b []byte) string {
	return QuoteByteArrayNamed("bytearray", b)
}

// QuoteByteArrayNamed returns NAME(b'...'), the repr of a bytearray whose type is
// called name (CPython uses the type's name, so subclasses show their own).
func QuoteByteArrayNamed(name string, b []byte) string {
	var sb strings.Builder
	sb.Grow(len(name) + len(b) + 5)
	sb.WriteString(name)
	sb.WriteString("(b")
	appendBytesBodyEsc(&sb, b, true)
	sb.WriteByte(')')
	return sb.String()
}

// appendBytesBodyEsc writes the quoted body. CPython's bytearray repr always
// escapes ' (even inside "..."), bytes repr only escapes the chosen quote.
func appendBytesBodyEsc(sb *strings.Builder, b []byte, alwaysEscSingle bool) {
	q := byte('\'')
	// The same rule as for str: " only when there is a ' and no ".
	hasSingle, hasDouble := false, false
	for _, c := range b {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		q = '"'
	}
	sb.WriteByte(q)
	for _, c := range b {
		switch {
		case c == q || c == '\\' || (alwaysEscSingle && c == '\''):
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hexDigits[c>>4])
			sb.WriteByte(hexDigits[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(q)
}

// QuoteStrASCII returns ascii(s): repr(s) with every non-ASCII character
// escaped as \xNN, \uXXXX or \UXXXXXXXX.
func QuoteStrASCII(s string) string {
	r := QuoteStr(s)
	ascii := true
	for i := 0; i < len(r); i++ {
		if r[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return r
	}
	var b strings.Builder
	b.Grow(len(r) + 8)
	for i := 0; i < len(r); {
		if r[i] < 0x80 {
			b.WriteByte(r[i])
			i++
			continue
		}
		c, n := DecodeRune(r[i:])
		writeEscapedRune(&b, c)
		i += n
	}
	return b.String()
}
