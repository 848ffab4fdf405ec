package literal

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

func BenchmarkQuoteStrASCII(b *testing.B) {
	s := strings.Repeat("hello world\n", 4)
	for i := 0; i < b.N; i++ {
		_ = QuoteStr(s)
	}
}

func BenchmarkQuoteStrUnicode(b *testing.B) {
	s := strings.Repeat("héllo wörld ☃\x00", 4)
	for i := 0; i < b.N; i++ {
		_ = QuoteStr(s)
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	fs := []float64{0.1, 1.5, 123456.789, 1e-7, 1e22, math.Pi}
	for i := 0; i < b.N; i++ {
		_ = FormatFloat(fs[i%len(fs)])
	}
}

func BenchmarkFormatFloatSpec(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = FormatFloatSpec(1234567.891, ">+20,.3f", "float")
	}
}

func BenchmarkDecodeStr(b *testing.B) {
	body := strings.Repeat(`abc\n\t\x41\u00e9 `, 8)
	for i := 0; i < b.N; i++ {
		_, _ = DecodeStr(body, false)
	}
}

func BenchmarkParseInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = ParseInt("1_000_000")
	}
}

func BenchmarkParseFloat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_, _ = ParseFloat("3.14159e-10")
	}
}

// BenchmarkFormatSpecFloat: format(x, '10.2f'), as an f-string's {x:10.2f}.
func BenchmarkFormatSpecFloat(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FormatFloatSpec(192901.25, "10.2f", "float"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFormatSpecInt: format(i, '>8x') and format(i, '04d').
func BenchmarkFormatSpecInt(b *testing.B) {
	v := big.NewInt(154321)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FormatIntSpec(v, ">8x", "int", 4300); err != nil {
			b.Fatal(err)
		}
		if _, err := FormatIntSpec(v, "04d", "int", 4300); err != nil {
			b.Fatal(err)
		}
	}
}
