// Package codecache keeps compiled modules on disk between runs, as
// CPython's __pycache__ does, so that a process importing typing,
// dataclasses or a program's own modules does not parse and compile them
// again (parsing and compiling is most of an import's cost: 0.1-0.2 s for
// the larger frozen modules).
//
// One file per module path, in one directory (MINIPY_CODECACHE, or
// minipy/code under the user's cache directory): a header naming the
// executable that wrote it and the source it was compiled from, then the
// code in compiler.Marshal's form. A file is used only when both match,
// so an edited source or a rebuilt minipy compiles again (and overwrites
// the file). Files are written to a temporary name and renamed, so
// processes sharing the directory never read a partial file; any error
// (no home, read-only disk, a corrupt file) only means compiling as if
// there were no cache.
//
// The cache is process-wide and holds no interpreter state: a
// compiler.Code holds no object, and each interpreter loads its own
// objects from it (vm.LoadCode).
package codecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"minipy/lang/compiler"
)

// Cache is a directory of compiled modules. The zero Cache (and a nil
// one) is disabled: Load finds nothing and Store writes nothing.
type Cache struct {
	dir   string
	ident [sha256.Size]byte // the executable and the marshal layout
}

// magic starts every file.
const magic = "minipy-code\n"

// Default is the process's cache: MINIPY_CODECACHE names its directory
// ("off" disables it); without it, minipy/code under os.UserCacheDir.
// Disabled when the executable cannot be identified.
var Default = sync.OnceValue(func() *Cache {
	dir := os.Getenv("MINIPY_CODECACHE")
	switch dir {
	case "off", "0":
		return nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil
		}
		dir = filepath.Join(base, "minipy", "code")
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	// The executable by path, size and modification time, as CPython
	// identifies a source by its mtime: a rebuilt minipy writes anew.
	id := exe + "\x00" + strconv.FormatInt(fi.Size(), 10) + "\x00" +
		strconv.FormatInt(fi.ModTime().UnixNano(), 10) + "\x00" + strconv.Itoa(compiler.MarshalVersion)
	return New(dir, id)
})

// New is a cache in dir for code compiled by the build named ident.
func New(dir, ident string) *Cache {
	return &Cache{dir: dir, ident: sha256.Sum256([]byte(ident))}
}

// file is the cache file of a module path compiled in mode.
func (c *Cache) file(path, mode string) string {
	h := sha256.Sum256([]byte(mode + "\x00" + path))
	return filepath.Join(c.dir, hex.EncodeToString(h[:16])+".mpc")
}

// header is what a file for this source starts with.
func (c *Cache) header(src []byte) []byte {
	sum := sha256.Sum256(src)
	h := make([]byte, 0, len(magic)+2*sha256.Size)
	h = append(h, magic...)
	h = append(h, c.ident[:]...)
	return append(h, sum[:]...)
}

// Load is the cached compilation of src as path in mode, or nil.
func (c *Cache) Load(path string, src []byte, mode string) *compiler.Code {
	if c == nil || c.dir == "" {
		return nil
	}
	data, err := os.ReadFile(c.file(path, mode))
	if err != nil {
		return nil
	}
	h := c.header(src)
	if !bytes.HasPrefix(data, h) {
		return nil
	}
	code, err := compiler.Unmarshal(data[len(h):])
	if err != nil || code.Filename != path {
		return nil
	}
	return code
}

// Store records code as the compilation of src as path in mode. Errors
// are ignored: the cache is an optimisation.
func (c *Cache) Store(path string, src []byte, mode string, code *compiler.Code) {
	if c == nil || c.dir == "" {
		return
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return
	}
	data := compiler.Marshal(c.header(src), code)
	f, err := os.CreateTemp(c.dir, "tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), c.file(path, mode)) != nil {
		os.Remove(f.Name())
	}
}
