package alloc

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMeminfoTotal(t *testing.T) {
	p := filepath.Join(t.TempDir(), "meminfo")
	os.WriteFile(p, []byte("MemTotal:       1000 kB\nMemFree:  5 kB\nSwapTotal:     24 kB\n"), 0o644)
	if got := meminfoTotal(p); got != 1024*1024 {
		t.Errorf("meminfoTotal = %d, want %d", got, 1024*1024)
	}
	if got := meminfoTotal(filepath.Join(t.TempDir(), "none")); got != 0 {
		t.Errorf("missing file: %d", got)
	}
}

func TestPayloadFits(t *testing.T) {
	max := MaxPayload()
	if max < 1<<20 {
		t.Fatalf("MaxPayload = %d: implausibly small", max)
	}
	for _, c := range []struct {
		n, size uint64
		want    bool
	}{
		{0, 8, true},
		{1 << 10, 8, true},
		{max, 1, true},
		{max + 1, 1, false},
		{1e12, 8, max >= 8e12}, // [0] * 10**12
		{1 << 62, 8, false},    // overflows the product
		{^uint64(0), ^uint64(0), false},
		{5, 0, true},
	} {
		if got := PayloadFits(c.n, c.size); got != c.want {
			t.Errorf("PayloadFits(%d, %d) = %v, want %v (MaxPayload %d)", c.n, c.size, got, c.want, max)
		}
	}
}
