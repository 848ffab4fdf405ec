package literal

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// randomRune draws code points from a mix that covers every escaping rule:
// ASCII incl. quotes and controls, latin-1, surrogates, BMP, astral planes,
// unassigned and private use.
func randomRune(rng *rand.Rand) rune {
	switch rng.Intn(10) {
	case 0, 1:
		return rune(rng.Intn(0x80))
	case 2:
		return []rune{'\'', '"', '\\', '\n', '\t', '\r', 0x7f, 0}[rng.Intn(8)]
	case 3:
		return rune(0x80 + rng.Intn(0x80))
	case 4:
		return rune(0xD800 + rng.Intn(0x800))
	case 5, 6:
		return rune(rng.Intn(0x10000))
	case 7:
		return rune(0x10000 + rng.Intn(0x20000))
	default:
		return rune(rng.Intn(0x110000))
	}
}

func TestQuoteStrAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var in strings.Builder
	var strs []string
	for i := 0; i < 5000; i++ {
		n := rng.Intn(12)
		var b []byte
		var cps []string
		for j := 0; j < n; j++ {
			r := randomRune(rng)
			b = AppendRune(b, r)
			cps = append(cps, fmt.Sprintf("%x", r))
		}
		strs = append(strs, string(b))
		in.WriteString(strings.Join(cps, " "))
		in.WriteByte('\n')
	}
	// Every code point once, in chunks, so the printable table is checked whole.
	for lo := 0; lo < 0x110000; lo += 64 {
		var b []byte
		var cps []string
		for r := lo; r < lo+64; r++ {
			b = AppendRune(b, rune(r))
			cps = append(cps, fmt.Sprintf("%x", r))
		}
		strs = append(strs, string(b))
		in.WriteString(strings.Join(cps, " "))
		in.WriteByte('\n')
	}
	script := `
import sys
for line in sys.stdin.read().split('\n')[:-1]:
    s = ''.join(chr(int(h, 16)) for h in line.split())
    sys.stdout.write(repr(s) + '\t' + ascii(s) + '\n')
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(strs) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(strs))
	}
	bad := 0
	for i, s := range strs {
		want := lines[i]
		got := QuoteStr(s) + "\t" + QuoteStrASCII(s)
		if got != want && bad < 10 {
			bad++
			t.Errorf("QuoteStr(%q):\n got %s\nwant %s", s, got, want)
		}
	}
}

func TestQuoteBytesAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	var in strings.Builder
	var all [][]byte
	for i := 0; i < 3000; i++ {
		b := make([]byte, rng.Intn(10))
		for j := range b {
			if rng.Intn(3) == 0 {
				b[j] = []byte{'\'', '"', '\\', '\n', '\t', '\r', 0x7f, 0}[rng.Intn(8)]
			} else {
				b[j] = byte(rng.Intn(256))
			}
		}
		all = append(all, b)
		fmt.Fprintf(&in, "%x\n", b)
	}
	all = append(all, []byte{})
	in.WriteString("\n")
	script := `
import sys
for line in sys.stdin.read().split('\n')[:-1]:
    b = bytes.fromhex(line)
    print(repr(b) + '\t' + repr(bytearray(b)))
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(all) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(all))
	}
	for i, b := range all {
		got := QuoteBytes(b) + "\t" + QuoteByteArray(b)
		if got != lines[i] {
			t.Errorf("QuoteBytes(%x): got %s want %s", b, got, lines[i])
		}
	}
}

func TestDecodeRuneSurrogates(t *testing.T) {
	for r := rune(0); r < 0x110000; r += 7 {
		b := AppendRune(nil, r)
		if len(b) != RuneLen(r) {
			t.Fatalf("RuneLen(%x)=%d, encoded %d", r, RuneLen(r), len(b))
		}
		got, n := DecodeRune(string(b))
		if got != r || n != len(b) {
			t.Fatalf("DecodeRune(AppendRune(%x)) = %x, %d", r, got, n)
		}
	}
}
