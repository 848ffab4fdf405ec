package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// decodeSource turns a source file's bytes into UTF-8 text with "\n" line
// ends, as CPython's tokenizer does: a UTF-8 BOM, a PEP 263 coding cookie on
// line 1 or 2, otherwise UTF-8.
func decodeSource(filename string, src []byte) (string, error) {
	bom := false
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
		bom = true
	}
	enc, line, ok := findCookie(src)
	if !ok {
		enc = "utf_8"
	}
	var text string
	switch enc {
	case "utf_8":
		text = string(src)
		if !utf8.ValidString(text) {
			return "", nonUTF8Error(filename, src, ok, enc)
		}
	case "latin_1":
		text = decodeLatin1(src)
	case "ascii":
		for i, c := range src {
			if c >= 0x80 {
				return "", &SyntaxError{Kind: "SyntaxError", Filename: filename,
					Msg: fmt.Sprintf("(unicode error) 'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)}
			}
		}
		text = string(src)
	default:
		table, found := charmaps[enc]
		if !found {
			return "", &SyntaxError{Kind: "SyntaxError", Filename: filename, Offset: -1,
				Msg: "unknown encoding: " + cookieName(src, line)}
		}
		var b strings.Builder
		b.Grow(len(src) + len(src)/8)
		for _, c := range src {
			r := table[c]
			if r < 0 {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		}
		text = b.String()
	}
	if bom && ok {
		// only a cookie spelled utf-8 (CPython's get_normal_name) may follow a BOM
		name := cookieName(src, line)
		n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
		if n != "utf-8" && !strings.HasPrefix(n, "utf-8-") {
			if normalizeCodec(name) == "latin_1" {
				name = "iso-8859-1" // CPython's get_normal_name
			}
			return "", &SyntaxError{Kind: "SyntaxError", Filename: filename, Offset: -1,
				Msg: "encoding problem: " + name + " with BOM"}
		}
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if strings.IndexByte(text, 0) >= 0 {
		return "", &SyntaxError{Kind: "SyntaxError", Filename: filename,
			Msg: "source code string cannot contain null bytes"}
	}
	return text, nil
}

func nonUTF8Error(filename string, src []byte, declared bool, enc string) error {
	line := 1
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			if declared {
				return &SyntaxError{Kind: "SyntaxError", Filename: filename, Lineno: line,
					Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i)}
			}
			return &SyntaxError{Kind: "SyntaxError", Filename: filename, Lineno: line,
				Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], filename, line)}
		}
		if src[i] == '\n' {
			line++
		}
		i += n
	}
	return &SyntaxError{Kind: "SyntaxError", Filename: filename, Msg: "invalid utf-8"}
}

func decodeLatin1(src []byte) string {
	n := 0
	for _, c := range src {
		if c >= 0x80 {
			n++
		}
	}
	if n == 0 {
		return string(src)
	}
	b := make([]byte, 0, len(src)+n)
	for _, c := range src {
		if c < 0x80 {
			b = append(b, c)
		} else {
			b = utf8.AppendRune(b, rune(c))
		}
	}
	return string(b)
}

// findCookie looks for a coding declaration on the first two lines and
// returns the normalized codec name and the line it is on.
func findCookie(src []byte) (string, int, bool) {
	rest := src
	for line := 1; line <= 2; line++ {
		var l []byte
		if i := indexNL(rest); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			l, rest = rest, nil
		}
		if name, ok := cookieIn(string(l)); ok {
			return normalizeCodec(name), line, true
		}
		// only a blank or comment line may precede the cookie line
		s := strings.TrimLeft(string(l), " \t\f")
		if s != "" && s[0] != '#' && s != "\r" {
			break
		}
	}
	return "", 0, false
}

func indexNL(b []byte) int {
	for i, c := range b {
		if c == '\n' {
			return i
		}
	}
	return -1
}

func cookieName(src []byte, line int) string {
	rest := src
	for l := 1; l < line; l++ {
		if i := indexNL(rest); i >= 0 {
			rest = rest[i+1:]
		}
	}
	if i := indexNL(rest); i >= 0 {
		rest = rest[:i]
	}
	n, _ := cookieIn(string(rest))
	return n
}

// cookieIn matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+).
func cookieIn(l string) (string, bool) {
	s := strings.TrimLeft(l, " \t\f")
	if !strings.HasPrefix(s, "#") {
		return "", false
	}
	for {
		i := strings.Index(s, "coding")
		if i < 0 {
			return "", false
		}
		s = s[i+6:]
		if len(s) > 0 && (s[0] == ':' || s[0] == '=') {
			t := strings.TrimLeft(s[1:], " \t")
			j := 0
			for j < len(t) && (t[j] == '-' || t[j] == '_' || t[j] == '.' || isIdentCharASCII(t[j])) {
				j++
			}
			if j > 0 {
				return t[:j], true
			}
		}
	}
}

func normalizeCodec(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "-", "_"))
	switch {
	case n == "utf_8" || n == "utf8" || strings.HasPrefix(n, "utf_8_"):
		return "utf_8"
	case n == "latin_1" || n == "latin1" || n == "iso_8859_1" || n == "iso8859_1" || n == "iso_latin_1" ||
		n == "l1" || strings.HasPrefix(n, "latin_1_") || strings.HasPrefix(n, "iso_8859_1_") || strings.HasPrefix(n, "iso_latin_1_"):
		return "latin_1"
	case n == "ascii" || n == "us_ascii":
		return "ascii"
	case n == "koi8r":
		return "koi8_r"
	case n == "windows_1252":
		return "cp1252"
	case n == "windows_1251":
		return "cp1251"
	case n == "iso_8859_15" || n == "latin9":
		return "iso8859_15"
	case n == "macroman":
		return "mac_roman"
	}
	return n
}
