package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseStdlibSample parses a few large stdlib files (when python3's
// stdlib is where this machine has it; skipped otherwise).
func BenchmarkParseStdlibSample(b *testing.B) {
	dir := os.Getenv("MINIPY_STDLIB")
	if dir == "" {
		dir = "/root/.pyenv/versions/3.11.7/lib/python3.11"
	}
	var srcs [][]byte
	lines := 0
	for _, n := range []string{"_pydecimal.py", "typing.py", "argparse.py", "inspect.py", "tarfile.py", "test/test_grammar.py"} {
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			b.Skip(err)
		}
		srcs = append(srcs, src)
		lines += strings.Count(string(src), "\n")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := ParseFile("x.py", src); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
