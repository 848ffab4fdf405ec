package interp

// The interactive console: what CPython's REPL loop does between reading a
// line and printing the next prompt. cmd/minipy owns the terminal (line
// editing, history, prompts); a Console owns the Python side: it buffers
// lines until they form a complete statement (CheckInput), runs the
// statement in "single" mode in __main__ (expression statements go
// through PRINT_EXPR, which echoes repr and sets builtins._), prints an
// uncaught exception as CPython's REPL does and goes on, and stops at
// SystemExit.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"minipy/lang/ast"
	"minipy/lang/parser"
	"minipy/vm"
	"minipy/vm/objects"
)

// InputState says what to do with the lines typed so far.
type InputState int

const (
	// InputComplete: the lines form a statement (or nothing): run them.
	InputComplete InputState = iota
	// InputIncomplete: print the continuation prompt and read another line.
	InputIncomplete
	// InputError: the lines hold a syntax error that no further line can
	// mend; running them reports it.
	InputError
)

// CheckInput applies the rule of CPython's interactive tokenizer to src,
// the lines typed so far, each ending in "\n". Input ending inside a
// bracket, a triple-quoted string or after a backslash always needs more.
// A compound statement (a block opener, `if x: y` on one line included)
// needs more until an empty line ends it; so does an error the parser met
// only at the end of the input (`try:` without its `except` yet). Any
// other syntax error is reported at once.
func CheckInput(src string) InputState {
	blankEnd := src == "\n" || strings.HasSuffix(src, "\n\n")
	tree, err := parser.ParseInteractive("<stdin>", []byte(src))
	if err != nil {
		se, ok := err.(*parser.SyntaxError)
		if !ok {
			return InputError
		}
		if openAtEOF(se) {
			return InputIncomplete
		}
		if !blankEnd && errorAtEnd(se, src) {
			return InputIncomplete
		}
		return InputError
	}
	if !blankEnd && len(tree.Body) > 0 && isCompound(tree.Body[0]) {
		return InputIncomplete
	}
	return InputComplete
}

// openAtEOF: the tokenizer reached the end of the input inside a bracket,
// a triple-quoted string or a line continuation. An empty line does not
// end these in CPython's REPL either.
func openAtEOF(se *parser.SyntaxError) bool {
	return strings.HasSuffix(se.Msg, "was never closed") ||
		strings.HasPrefix(se.Msg, "unterminated triple-quoted string literal") ||
		se.Msg == "unexpected EOF while parsing"
}

// errorAtEnd: the parser wanted a token after the last one typed. An
// indented block expected after a header, or a clause expected where the
// input ended (the error then lies on the line after the last one).
func errorAtEnd(se *parser.SyntaxError, src string) bool {
	if strings.HasPrefix(se.Msg, "expected an indented block") {
		return true
	}
	return se.AtEnd || se.Lineno > strings.Count(src, "\n")
}

// isCompound tells the statements that CPython's REPL ends only with an
// empty line.
func isCompound(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.If, *ast.For, *ast.AsyncFor, *ast.While, *ast.With, *ast.AsyncWith,
		*ast.Try, *ast.TryStar, *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Match:
		return true
	}
	return false
}

// Console is an interactive session in the interpreter's __main__ (made
// if no script has made it, reused after one, as `python -i` does).
// Close it before closing the interpreter: it holds a reference to
// __main__.
type Console struct {
	in     *Interpreter
	main   *objects.Object // the __main__ module (owned)
	buf    strings.Builder // the lines of the statement being typed
	exited bool
	status int
}

// NewConsole starts an interactive session on in.
func (in *Interpreter) NewConsole() (*Console, error) {
	ts := in.main.TS
	m := objects.DictGetItemStr(ts, in.State.Modules, "__main__")
	if m != nil {
		objects.Incref(m)
	} else {
		// What vm.RunString does before running a -c command.
		m = vm.NewModule(ts, "__main__", nil)
		if m == nil {
			return nil, in.fetchError()
		}
		d := vm.ModuleDict(m)
		if objects.DictSetItemStr(ts, d, "__builtins__", in.State.BuiltinsModule) < 0 ||
			objects.DictSetItemStr(ts, in.State.Modules, "__main__", m) < 0 {
			objects.Decref(ts, m)
			return nil, in.fetchError()
		}
	}
	c := &Console{in: in, main: m}
	// What the program before the session (python -i) wrote comes first.
	c.flushStdio()
	return c, nil
}

// fetchError turns the pending exception into a Go error.
func (in *Interpreter) fetchError() error {
	ts := in.main.TS
	exc := ts.FetchErr()
	if exc == nil {
		return fmt.Errorf("unknown error")
	}
	defer objects.Decref(ts, exc)
	return fmt.Errorf("%s", strings.TrimSpace(in.main.FormatException(exc)))
}

// Push adds one line (without its newline) to the statement being typed.
// It returns true when the statement needs more lines (show "... ");
// otherwise the statement has run, its output and any traceback printed.
func (c *Console) Push(line string) (more bool) {
	c.buf.WriteString(line)
	c.buf.WriteByte('\n')
	src := c.buf.String()
	if CheckInput(src) == InputIncomplete {
		return true
	}
	c.buf.Reset()
	if strings.TrimSpace(src) != "" {
		c.run(src)
	}
	return false
}

// Pending reports whether lines of an unfinished statement are buffered.
func (c *Console) Pending() bool { return c.buf.Len() > 0 }

// RunPending runs the lines buffered so far as they are: at the end of
// the input, CPython's interactive loop ends the statement being typed
// (an open block or bracket) and runs it, reporting its error if any.
func (c *Console) RunPending() {
	src := c.buf.String()
	c.buf.Reset()
	if strings.TrimSpace(src) != "" {
		c.run(src)
	}
}

// Reset drops the lines typed so far (Ctrl-C at a prompt).
func (c *Console) Reset() { c.buf.Reset() }

// Exited reports whether the session has ended (SystemExit: exit(),
// sys.exit()) and the process exit status it asked for.
func (c *Console) Exited() (status int, exited bool) { return c.status, c.exited }

// Close releases the console's hold on __main__.
func (c *Console) Close() {
	if c.main != nil {
		objects.Decref(c.in.main.TS, c.main)
		c.main = nil
	}
}

// run compiles src in "single" mode as "<stdin>" and runs it in __main__.
func (c *Console) run(src string) {
	th := c.in.main
	ts := th.TS
	ok, panicked := protect(ts, func() bool {
		code := th.Compile([]byte(src), "<stdin>", "single")
		if code == nil {
			return false
		}
		defer objects.Decref(ts, code)
		r := th.RunCode(code, vm.ModuleDict(c.main), nil)
		if r == nil {
			return false
		}
		objects.Decref(ts, r)
		return true
	})
	c.flushStdio()
	if !ok {
		c.report()
	}
	if panicked {
		// The VM's frame stack is not known to be sound after a Go panic
		// (vm's own recovery is not exported): end the session.
		c.exited, c.status = true, 1
	}
}

// protect runs fn, turning a Go panic (a minipy bug) into a SystemError.
func protect(ts *objects.Thread, fn func() bool) (ok, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			ts.ClearErr()
			ts.Raisef(objects.SystemError, "Go panic: %v", r)
			ok, panicked = false, true
		}
	}()
	return fn(), false
}

// report prints the pending exception as CPython's REPL does, or ends the
// session on SystemExit with the status it carries.
func (c *Console) report() {
	th := c.in.main
	ts := th.TS
	exc := ts.FetchErr()
	if exc == nil {
		return
	}
	defer objects.Decref(ts, exc)
	if exc.Type().IsSubtype(objects.SystemExit) {
		c.exited = true
		c.status = c.exitStatus(exc)
		c.in.State.ExitCode = c.status
		return
	}
	c.setLast(exc)
	fmt.Fprint(c.in.State.Stderr, th.FormatException(exc))
}

// exitStatus is the process status SystemExit asks for (as vm's top level
// computes it): None is 0, an int itself, anything else is printed and
// gives 1.
func (c *Console) exitStatus(exc *objects.Object) int {
	ts := c.in.main.TS
	code := objects.SystemExitCode(exc)
	switch {
	case code == nil || code == objects.None:
		return 0
	case objects.AsInt(code) != nil:
		v, _ := objects.IntValue64(code)
		return int(v)
	}
	if s := objects.StrOf(ts, code); s != nil {
		fmt.Fprintln(c.in.State.Stderr, objects.StrValue(s))
		objects.Decref(ts, s)
	}
	ts.ClearErr()
	return 1
}

// setLast keeps the exception in sys.last_type, sys.last_value and
// sys.last_traceback, as CPython's REPL does (for pdb.pm()).
func (c *Console) setLast(exc *objects.Object) {
	ts := c.in.main.TS
	sys := objects.DictGetItemStr(ts, c.in.State.Modules, "sys")
	if sys == nil {
		return
	}
	tb := objects.ExcTraceback(exc)
	if tb == nil {
		tb = objects.None
	}
	objects.SetAttrString(ts, sys, "last_type", exc.Type().TypeObject())
	objects.SetAttrString(ts, sys, "last_value", exc)
	objects.SetAttrString(ts, sys, "last_traceback", tb)
	ts.ClearErr()
}

// flushStdio flushes sys.stdout and sys.stderr after each statement, as
// CPython's REPL does before the next prompt.
func (c *Console) flushStdio() {
	ts := c.in.main.TS
	saved := ts.FetchErr()
	if sys := objects.DictGetItemStr(ts, c.in.State.Modules, "sys"); sys != nil {
		for _, name := range []string{"stdout", "stderr"} {
			f := objects.GetAttrString(ts, sys, name)
			if f == nil || f == objects.None {
				objects.XDecref(ts, f)
				ts.ClearErr()
				continue
			}
			if fl := objects.GetAttrString(ts, f, "flush"); fl != nil {
				objects.XDecref(ts, objects.Call(ts, fl, nil, nil))
				objects.Decref(ts, fl)
			}
			objects.Decref(ts, f)
			ts.ClearErr()
		}
	}
	if saved != nil {
		ts.SetErrSteal(saved)
	}
}

// Complete returns the completions of text, the word before the cursor,
// as CPython's rlcompleter does: keywords, __main__'s names and builtins
// for a name; for `expr.prefix`, where expr is a dotted name, the
// attributes of its value. A callable's completion ends in "(".
func (c *Console) Complete(text string) []string {
	if c.main == nil {
		return nil
	}
	var out []string
	if i := strings.LastIndexByte(text, '.'); i >= 0 {
		out = c.attrMatches(text[:i], text[i+1:])
	} else {
		out = c.globalMatches(text)
	}
	sort.Strings(out)
	return out
}

// keywords are keyword.kwlist and keyword.softkwlist of CPython 3.11.
var keywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally",
	"for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
	"not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
	"_", "case", "match",
}

func (c *Console) globalMatches(text string) []string {
	ts := c.in.main.TS
	seen := map[string]bool{}
	var out []string
	for _, w := range keywords {
		if !strings.HasPrefix(w, text) {
			continue
		}
		seen[w] = true
		switch w {
		case "finally", "try":
			w += ":"
		case "False", "None", "True", "break", "continue", "pass", "else", "_":
		default:
			w += " "
		}
		out = append(out, w)
	}
	for _, d := range []*objects.Object{vm.ModuleDict(c.main), c.in.State.Builtins} {
		pos := 0
		for {
			k, v, ok := objects.DictNext(d, &pos)
			if !ok {
				break
			}
			if objects.AsStr(k) == nil {
				continue
			}
			name := objects.StrValue(k)
			if !strings.HasPrefix(name, text) || seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, name+c.callablePostfix(v))
		}
	}
	ts.ClearErr()
	return out
}

func (c *Console) attrMatches(expr, prefix string) []string {
	if !isDottedName(expr) {
		return nil
	}
	ts := c.in.main.TS
	saved := ts.FetchErr()
	defer func() {
		ts.ClearErr()
		if saved != nil {
			ts.SetErrSteal(saved)
		}
	}()
	obj := c.evalDotted(expr)
	if obj == nil {
		return nil
	}
	defer objects.Decref(ts, obj)
	names := c.attrNames(obj)
	if names == nil {
		return nil
	}
	// rlcompleter hides _names unless the prefix starts with "_", and
	// __names unless it starts with "__".
	hide := "_"
	if strings.HasPrefix(prefix, "__") {
		hide = ""
	} else if strings.HasPrefix(prefix, "_") {
		hide = "__"
	}
	var out []string
	for _, name := range names {
		if !strings.HasPrefix(name, prefix) || (hide != "" && strings.HasPrefix(name, hide)) {
			continue
		}
		full := expr + "." + name
		// A property is not run to see whether its value is callable
		// (rlcompleter does the same).
		if d := objects.LookupTypeString(obj.Type(), name); d != nil && d.Type() == objects.PropertyType {
			out = append(out, full)
			continue
		}
		if v := objects.GetAttrString(ts, obj, name); v != nil {
			full += c.callablePostfix(v)
			objects.Decref(ts, v)
		}
		ts.ClearErr()
		out = append(out, full)
	}
	return out
}

// attrNames are the attribute names rlcompleter offers for obj: dir(obj),
// plus __class__ and the members of its class and the class's bases.
func (c *Console) attrNames(obj *objects.Object) []string {
	ts := c.in.main.TS
	set := map[string]bool{}
	add := func(o *objects.Object) bool {
		names := objects.Dir(ts, o)
		if names == nil {
			return false
		}
		for _, k := range objects.ListItems(names) {
			if objects.AsStr(k) != nil {
				set[objects.StrValue(k)] = true
			}
		}
		objects.Decref(ts, names)
		return true
	}
	if !add(obj) {
		return nil
	}
	set["__class__"] = true
	// dir(cls) already walks the bases.
	add(obj.Type().TypeObject())
	ts.ClearErr()
	out := make([]string, 0, len(set))
	for n := range set {
		out = append(out, n)
	}
	return out
}

// callablePostfix is what rlcompleter appends to a completed name: "(" for
// a callable, "()" when its signature has no parameters. Signatures are
// known for functions written in Python, their bound methods and classes
// whose construction they define; a built-in callable gets "(".
func (c *Console) callablePostfix(v *objects.Object) string {
	if !objects.IsCallable(v) {
		return ""
	}
	if n, ok := c.paramCount(v); ok && n == 0 {
		return "()"
	}
	return "("
}

// paramCount counts the parameters inspect.signature would show for v.
func (c *Console) paramCount(v *objects.Object) (int, bool) {
	if fn, self := objects.MethodParts(v); fn != nil && self != nil {
		n, ok := c.codeParams(fn)
		return n - 1, ok && n > 0
	}
	if t := objects.AsType(v); t != nil {
		return c.classParams(t)
	}
	return c.codeParams(v)
}

// classParams follows inspect.signature on a class: the class's own
// __new__ or __init__ written in Python, else an inherited one, less its
// first parameter; a class that keeps object's __new__ and __init__ takes
// none. Anything else is a built-in signature, unknown here.
func (c *Console) classParams(t *objects.Type) (int, bool) {
	ts := c.in.main.TS
	var own, inherited *objects.Object
	for _, name := range []string{"__new__", "__init__"} {
		// getattr unwraps the staticmethod around __new__.
		m := objects.GetAttrString(ts, t.TypeObject(), name)
		if m == nil {
			ts.ClearErr()
			continue
		}
		if !c.isPythonFunction(m) {
			objects.Decref(ts, m)
			continue
		}
		if objects.DictGetItemStr(ts, t.Dict, name) != nil && own == nil {
			own = m
		} else if inherited == nil {
			inherited = m
		} else {
			objects.Decref(ts, m)
		}
	}
	defer objects.XDecref(ts, own)
	defer objects.XDecref(ts, inherited)
	if m := own; m != nil || inherited != nil {
		if m == nil {
			m = inherited
		}
		n, ok := c.codeParams(m)
		return n - 1, ok && n > 0
	}
	if objects.LookupTypeString(t, "__new__") == objects.LookupTypeString(objects.ObjectType, "__new__") &&
		objects.LookupTypeString(t, "__init__") == objects.LookupTypeString(objects.ObjectType, "__init__") {
		return 0, true
	}
	return 0, false
}

func (c *Console) isPythonFunction(v *objects.Object) bool {
	_, ok := c.codeParams(v)
	return ok
}

// codeParams counts the parameters of a function written in Python from
// its code object: positional, keyword-only, *args and **kwargs.
func (c *Console) codeParams(fn *objects.Object) (int, bool) {
	ts := c.in.main.TS
	if fn.Type() == objects.MethodType {
		return 0, false
	}
	code := objects.GetAttrString(ts, fn, "__code__")
	if code == nil {
		ts.ClearErr()
		return 0, false
	}
	defer objects.Decref(ts, code)
	n := 0
	for _, attr := range []string{"co_argcount", "co_kwonlyargcount", "co_flags"} {
		v := objects.GetAttrString(ts, code, attr)
		if v == nil {
			ts.ClearErr()
			return 0, false
		}
		x, ok := objects.IntValue64(v)
		objects.Decref(ts, v)
		if !ok {
			return 0, false
		}
		if attr == "co_flags" {
			// CO_VARARGS, CO_VARKEYWORDS
			if x&0x04 != 0 {
				n++
			}
			if x&0x08 != 0 {
				n++
			}
		} else {
			n += int(x)
		}
	}
	return n, true
}

// evalDotted looks up a dotted name in __main__ then builtins and follows
// its attributes (a new reference, or nil).
func (c *Console) evalDotted(expr string) *objects.Object {
	ts := c.in.main.TS
	parts := strings.Split(expr, ".")
	obj := objects.DictGetItemStr(ts, vm.ModuleDict(c.main), parts[0])
	if obj == nil {
		obj = objects.DictGetItemStr(ts, c.in.State.Builtins, parts[0])
	}
	if obj == nil {
		return nil
	}
	objects.Incref(obj)
	for _, p := range parts[1:] {
		next := objects.GetAttrString(ts, obj, p)
		objects.Decref(ts, obj)
		if next == nil {
			return nil
		}
		obj = next
	}
	return obj
}

func isDottedName(s string) bool {
	for _, p := range strings.Split(s, ".") {
		if !isIdentifier(p) {
			return false
		}
	}
	return true
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
			continue
		}
		return false
	}
	return true
}
