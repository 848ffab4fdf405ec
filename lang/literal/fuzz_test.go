package literal

import (
	"math"
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check that no input panics or hangs, plus round trips
// that must hold for any input.

func FuzzDecodeLiteral(f *testing.F) {
	for _, s := range bodyPieces {
		f.Add(s, false)
	}
	f.Add(`\N{LATIN SMALL LETTER A}\x41\777\d`, true)
	f.Fuzz(func(t *testing.T, body string, raw bool) {
		if s, err := DecodeStr(body, raw); err == nil && raw && s != body {
			t.Fatalf("raw body changed")
		}
		if _, err := DecodeBytes(body, raw); err != nil {
			if le, ok := err.(*LiteralError); !ok || le.Start < 0 || le.Start > le.End || le.End > len(body) {
				t.Fatalf("bad error %#v", err)
			}
		}
	})
}

func FuzzScanNumber(f *testing.F) {
	for _, s := range []string{"0", "1_000", "0x_1f", "1.5e-3j", "09.5", "0777", "1if", "1.e5", ".5_", "0b102"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		n, kind, _, err := ScanNumber(src)
		if err != nil {
			ne := err.(*NumberError)
			if ne.Offset < 0 || ne.EndOffset > len(src)+1 {
				t.Fatalf("bad offsets %#v", ne)
			}
			return
		}
		if n < 1 || n > len(src) {
			t.Fatalf("bad length %d", n)
		}
		tok := src[:n]
		switch kind {
		case IntNumber:
			_, err = ParseIntMaxDigits(tok, 0)
		case FloatNumber:
			_, err = ParseFloat(tok)
		case ImagNumber:
			_, err = ParseImag(tok)
		}
		if err != nil {
			t.Fatalf("token %q of kind %d does not parse: %v", tok, kind, err)
		}
	})
}

func FuzzQuote(f *testing.F) {
	f.Add("it's \"x\"\n\x00\u00e9\U0001F600")
	f.Fuzz(func(t *testing.T, s string) {
		q := QuoteStr(s)
		if !utf8.ValidString(q) {
			t.Fatalf("QuoteStr(%q) = %q is not UTF-8", s, q)
		}
		if a := QuoteStrASCII(s); strings.IndexFunc(a, func(r rune) bool { return r >= 0x80 }) >= 0 {
			t.Fatalf("ascii(%q) = %q", s, a)
		}
		_ = QuoteBytes([]byte(s))
		// Reading the repr back as a literal gives the string again.
		if utf8.ValidString(s) {
			body := q[1 : len(q)-1]
			if got, err := DecodeStr(body, false); err != nil || got != s {
				t.Fatalf("DecodeStr(QuoteStr(%q)) = %q, %v", s, got, err)
			}
		}
	})
}

func FuzzNumbersText(f *testing.F) {
	f.Add("  1_000.5e3 ", 10, ">+20,.3f")
	f.Add("0x_ff", 0, "#x")
	f.Fuzz(func(t *testing.T, s string, base int, spec string) {
		if v, err := ParseFloatPython(s); err == nil && !math.IsNaN(v) {
			if back, err := ParseFloatPython(FormatFloat(v)); err != nil || back != v {
				t.Fatalf("repr round trip of %v: %v %v", v, back, err)
			}
		}
		_, _ = ParseFloatHex(s)
		_, _, _ = ParseComplexPython(s)
		if base == 0 || (base >= 2 && base <= 36) {
			_, _ = ParseIntPython(s, base, DefaultMaxStrDigits)
		}
		_, _ = FormatFloatSpec(1234.5, spec, "float")
		_, _ = FormatFloatSpec(math.Inf(-1), spec, "float")
		_, _ = FormatIntSpec(big.NewInt(-98765), spec, "int", DefaultMaxStrDigits)
		_, _ = FormatStrSpec(s, spec, "str")
		_, _ = FormatComplexSpec(1, -2, spec, "complex")
	})
}
