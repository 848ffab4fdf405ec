package parsetest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Golden is one bad-syntax case of testdata/syntax (tools/gen_syntax.py):
// the source and what CPython 3.11's parser says about it.
type Golden struct {
	Name     string
	Src      []byte
	Type     string // SyntaxError, IndentationError, TabError, or OK
	Lineno   int
	Offset   int
	EndLine  int
	EndOff   int
	Msg      string
	CheckMsg bool // the message must match verbatim
}

// ReadGoldens reads every NAME.py/NAME.err pair in dir, sorted by name.
func ReadGoldens(dir string) ([]Golden, error) {
	errs, err := filepath.Glob(filepath.Join(dir, "*.err"))
	if err != nil {
		return nil, err
	}
	sort.Strings(errs)
	var out []Golden
	for _, e := range errs {
		name := strings.TrimSuffix(filepath.Base(e), ".err")
		g := Golden{Name: name}
		if g.Src, err = os.ReadFile(strings.TrimSuffix(e, ".err") + ".py"); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(e)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			k, v, ok := strings.Cut(line, ": ")
			if !ok {
				return nil, fmt.Errorf("%s: bad line %q", e, line)
			}
			var ip *int
			switch k {
			case "type":
				g.Type = v
			case "msg":
				g.Msg = v
			case "check_msg":
				g.CheckMsg = v == "yes"
			case "lineno":
				ip = &g.Lineno
			case "offset":
				ip = &g.Offset
			case "end_lineno":
				ip = &g.EndLine
			case "end_offset":
				ip = &g.EndOff
			default:
				return nil, fmt.Errorf("%s: unknown key %q", e, k)
			}
			if ip != nil {
				if *ip, err = strconv.Atoi(v); err != nil {
					return nil, fmt.Errorf("%s: %v", e, err)
				}
			}
		}
		if g.Type == "" {
			return nil, fmt.Errorf("%s: no type", e)
		}
		out = append(out, g)
	}
	return out, nil
}
