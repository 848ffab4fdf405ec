package literal

import "unicode/utf8"

// DecodeRune decodes the first code point of the WTF-8 string s and returns it
// with its width in bytes. WTF-8 is UTF-8 that may also hold lone surrogates
// (U+D800–U+DFFF) as their 3-byte sequences, which is how minipy stores a Python
// str such as '\ud800'. Go's utf8 rejects those sequences; this decoder accepts
// them. Any other invalid byte decodes as (utf8.RuneError, 1), like utf8.DecodeRuneInString.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendRune appends the WTF-8 encoding of r to b. Surrogates get their 3-byte
// sequence (utf8.AppendRune would write U+FFFD); values outside 0..0x10FFFF
// get U+FFFD.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// RuneLen returns the number of bytes AppendRune writes for r.
func RuneLen(r rune) int {
	if r >= 0xD800 && r <= 0xDFFF {
		return 3
	}
	n := utf8.RuneLen(r)
	if n < 0 {
		return 3
	}
	return n
}
