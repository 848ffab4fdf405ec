package codecache

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"minipy/lang/compiler"
)

func compile(t *testing.T, src, path string) *compiler.Code {
	t.Helper()
	c, err := compiler.CompileSource([]byte(src), path, "exec", compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func same(t *testing.T, want, got *compiler.Code) {
	t.Helper()
	if got == nil {
		t.Fatal("Load found nothing")
	}
	if d := cmp.Diff(want, got, cmpopts.IgnoreUnexported(compiler.Code{}), cmpopts.EquateEmpty(),
		cmp.Comparer(func(a, b interface{ String() string }) bool { return a.String() == b.String() })); d != "" {
		t.Fatalf("loaded code differs (-stored +loaded):\n%s", d)
	}
}

func TestStoreLoad(t *testing.T) {
	dir := t.TempDir()
	c := New(dir, "build 1")
	const src = "def f(x):\n    return x * 2 + 1\nclass A:\n    y = f(3)\n"
	code := compile(t, src, "/m/a.py")
	if c.Load("/m/a.py", []byte(src), "exec") != nil {
		t.Fatal("Load found code before Store")
	}
	c.Store("/m/a.py", []byte(src), "exec", code)
	same(t, code, c.Load("/m/a.py", []byte(src), "exec"))

	// Another source for the path, another mode, another path, another
	// build: nothing.
	if c.Load("/m/a.py", []byte(src+"\n"), "exec") != nil {
		t.Error("an edited source loaded the old code")
	}
	if c.Load("/m/a.py", []byte(src), "eval") != nil {
		t.Error("another mode loaded the code")
	}
	if c.Load("/m/b.py", []byte(src), "exec") != nil {
		t.Error("another path loaded the code")
	}
	if New(dir, "build 2").Load("/m/a.py", []byte(src), "exec") != nil {
		t.Error("another build loaded the code")
	}

	// The edited source replaces the file (one file per path).
	code2 := compile(t, src+"z = 1\n", "/m/a.py")
	c.Store("/m/a.py", []byte(src+"z = 1\n"), "exec", code2)
	same(t, code2, c.Load("/m/a.py", []byte(src+"z = 1\n"), "exec"))
	if c.Load("/m/a.py", []byte(src), "exec") != nil {
		t.Error("the replaced compilation still loads")
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("%d files in the cache, want 1", len(files))
	}
}

// A corrupt or truncated file is a miss, never an error or a panic.
func TestCorruptFile(t *testing.T) {
	dir := t.TempDir()
	c := New(dir, "b")
	const src = "x = [1, 2.5, 'a', (3, 4)]\n"
	c.Store("p.py", []byte(src), "exec", compile(t, src, "p.py"))
	name := c.file("p.py", "exec")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{data[:len(data)-3], append(append([]byte{}, data...), 7), data[:10]} {
		if err := os.WriteFile(name, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if c.Load("p.py", []byte(src), "exec") != nil {
			t.Errorf("a corrupt file of %d bytes loaded", len(bad))
		}
	}
}

// Disabled caches and unwritable directories do nothing.
func TestDisabled(t *testing.T) {
	var c *Cache
	code := compile(t, "pass", "p.py")
	c.Store("p.py", []byte("pass"), "exec", code)
	if c.Load("p.py", []byte("pass"), "exec") != nil {
		t.Error("a nil cache loaded code")
	}
	file := filepath.Join(t.TempDir(), "f")
	os.WriteFile(file, nil, 0o644)
	nd := New(filepath.Join(file, "sub"), "b") // a directory under a file
	nd.Store("p.py", []byte("pass"), "exec", code)
	if nd.Load("p.py", []byte("pass"), "exec") != nil {
		t.Error("an unusable directory loaded code")
	}
}

// Processes (here goroutines) sharing the directory never see a partial
// file: a Load is the stored code or nothing.
func TestConcurrent(t *testing.T) {
	dir := t.TempDir()
	const src = "def g():\n    return {i: i * i for i in range(10)}\n"
	code := compile(t, src, "c.py")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := New(dir, "b")
			for j := 0; j < 20; j++ {
				c.Store("c.py", []byte(src), "exec", code)
				if got := c.Load("c.py", []byte(src), "exec"); got != nil && got.Name != code.Name {
					t.Error("a partial or foreign code loaded")
				}
			}
		}()
	}
	wg.Wait()
	same(t, code, New(dir, "b").Load("c.py", []byte(src), "exec"))
	files, _ := os.ReadDir(dir)
	if len(files) != 1 {
		t.Errorf("%d files left, want 1 (no temporary files)", len(files))
	}
}
