package vm

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"minipy/lang/compiler"
	"minipy/vm/objects"
)

// The runtime's warnings go through one entry point, WarnExplicit, as
// CPython's go through _warnings' PyErr_WarnExplicit. Once a program has
// imported the warnings module (vm/stdlib, Python), its warn_explicit
// decides: the filters, the registries, catch_warnings' recording and the
// "error" action all apply to the runtime's warnings too. Before that
// (the module is not imported at startup, unlike CPython's _warnings) the
// warning is shown as the default filters would treat it: deprecation,
// import and resource warnings ignored outside __main__, the others
// printed on sys.stderr with their source line.

// WarnExplicit issues a warning of category with text msg, located at
// filename:lineno; line is the source line shown under it ("" looks it up
// in the file when the name is a real file's). False means the warning was
// turned into an exception, now pending.
func (th *Thread) WarnExplicit(category *objects.Type, msg, filename string, lineno int, line string) bool {
	ts := th.TS
	if w := th.sysModule("warnings"); w != nil {
		fn := objects.GetAttrString(ts, w, "warn_explicit")
		if fn == nil {
			ts.ClearErr()
		} else {
			args := []*Object{objects.NewStr(ts, msg), category.TypeObject(), objects.NewStr(ts, filename),
				objects.NewInt(ts, int64(lineno))}
			objects.Incref(args[1])
			r := objects.Call(ts, fn, args, nil)
			for _, a := range args {
				objects.Decref(ts, a)
			}
			objects.Decref(ts, fn)
			if r == nil {
				return false
			}
			objects.Decref(ts, r)
			return true
		}
	}
	module := strings.TrimSuffix(filename, ".py")
	for _, ignored := range []*objects.Type{objects.PendingDeprecationWarning, objects.ImportWarning, objects.ResourceWarning} {
		if category.IsSubtype(ignored) {
			return true
		}
	}
	if category.IsSubtype(objects.DeprecationWarning) && module != "__main__" {
		return true
	}
	text := fmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, category.Name, msg)
	if line == "" {
		line = fileLine(filename, lineno)
	}
	if line = strings.TrimSpace(line); line != "" {
		text += "  " + line + "\n"
	}
	th.writeStderr(text)
	return true
}

// fileLine is line lineno of the file filename, "" for a pseudo-file name
// ("<string>") or a file that cannot be read (linecache's getline).
func fileLine(filename string, lineno int) string {
	if strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">") {
		return ""
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	return sourceLine(src, lineno)
}

func sourceLine(src []byte, lineno int) string {
	lines := bytes.SplitN(src, []byte("\n"), lineno+1)
	if lineno >= 1 && lineno <= len(lines) {
		return string(lines[lineno-1])
	}
	return ""
}

// showSyntaxWarning issues a compile-time warning. When the filters make
// it an error, the SyntaxWarning becomes a SyntaxError at the construct,
// as CPython's compiler_warn does; false then, with the error pending.
func (th *Thread) showSyntaxWarning(w compiler.Warning) bool {
	// The line shown, and the SyntaxError's text, are read from the file
	// the name names, as linecache and PyErr_ProgramTextObject do.
	if th.WarnExplicit(objects.SyntaxWarning, w.Msg, w.Filename, w.Line, "") {
		return true
	}
	line := fileLine(w.Filename, w.Line)
	ts := th.TS
	if !ts.ErrMatches(objects.SyntaxWarning) {
		return false
	}
	ts.ClearErr()
	var text *Object
	if line != "" {
		text = objects.NewStr(ts, line+"\n")
	} else {
		text = objects.NewRef(objects.None)
	}
	info := objects.NewTupleSteal(ts, objects.NewStr(ts, w.Filename), objects.NewInt(ts, int64(w.Line)),
		objects.NewInt(ts, int64(w.Col+1)), text, objects.NewInt(ts, int64(w.EndLine)), objects.NewInt(ts, int64(w.EndCol+1)))
	m := objects.NewStr(ts, w.Msg)
	e := objects.Call(ts, objects.SyntaxError.TypeObject(), []*Object{m, info}, nil)
	objects.Decref(ts, m)
	objects.Decref(ts, info)
	if e != nil {
		ts.SetErrSteal(e)
	}
	return false
}

// Warn issues a warning of category at the Python frame stacklevel levels
// up from the running one (1: the frame running now), as PyErr_WarnEx:
// through warnings.warn, which it imports at the first runtime warning
// (CPython's _warnings is always loaded), so the once-per-location
// registry and the filters apply. It makes *Thread an objects.Warner.
// False means the warning was turned into an exception, now pending.
func (th *Thread) Warn(ts *objects.Thread, category *objects.Type, msg string, stacklevel int) bool {
	w := th.Import(ts, "warnings")
	if w == nil {
		return false
	}
	fn := objects.GetAttrString(ts, w, "warn")
	objects.Decref(ts, w)
	if fn == nil {
		return false
	}
	args := []*Object{objects.NewStr(ts, msg), category.TypeObject(), objects.NewInt(ts, int64(stacklevel))}
	objects.Incref(args[1])
	r := objects.Call(ts, fn, args, nil)
	for _, a := range args {
		objects.Decref(ts, a)
	}
	objects.Decref(ts, fn)
	if r == nil {
		return false
	}
	objects.Decref(ts, r)
	return true
}
