package parser

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseStdlibSample parses six large stdlib files (MINIPY_STDLIB, or
// the stdlib of python3; skipped when neither is there). The whole-stdlib
// comparison with CPython is cmd/parsebench (make parsebench).
func BenchmarkParseStdlibSample(b *testing.B) {
	dir := os.Getenv("MINIPY_STDLIB")
	if dir == "" {
		out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
		if err != nil {
			b.Skip("no python3 to locate the stdlib; set MINIPY_STDLIB")
		}
		dir = strings.TrimSpace(string(out))
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
