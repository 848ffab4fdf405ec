package stdlib

import (
	"minipy/lang/unicodedata"
	"minipy/vm"
	"minipy/vm/objects"
)

// unicodedata in Go over lang/unicodedata's tables (Unicode 14.0.0, as
// CPython 3.11), with CPython's argument checks and messages. The
// Unicode 3.2 view (ucd_3_2_0) is not provided.

var unicodedataDefs []*objects.MethodDef

func newUnicodedataModule(th *vm.Thread) *Object {
	values := map[string]*Object{"unidata_version": objects.NewStr(th.TS, "14.0.0")}
	return makeModule(th, "unicodedata", "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.", unicodedataDefs, values)
}

// charArg reads the one-character str argument of name; withDefault
// says the function has a second parameter (the message then numbers
// the argument).
func charArg(ts *objects.Thread, name string, o *Object, withDefault bool) (rune, bool) {
	if s := objects.AsStr(o); s != nil && s.Len() == 1 {
		return s.At(0), true
	}
	which := "argument"
	if withDefault {
		which = "argument 1"
	}
	ts.Raisef(objects.TypeError, "%s() %s must be a unicode character, not %s", name, which, objects.TypeName(o))
	return 0, false
}

func normalForm(ts *objects.Thread, name string, args []*Object, kw *Object) (string, string, bool) {
	if !objects.CheckNoKw(ts, name, kw) || !objects.CheckArgs(ts, name, args, kw, 2, 2) {
		return "", "", false
	}
	if objects.AsStr(args[0]) == nil {
		ts.Raisef(objects.TypeError, "%s() argument 1 must be str, not %s", name, objects.TypeName(args[0]))
		return "", "", false
	}
	if objects.AsStr(args[1]) == nil {
		ts.Raisef(objects.TypeError, "%s() argument 2 must be str, not %s", name, objects.TypeName(args[1]))
		return "", "", false
	}
	form := objects.StrValue(args[0])
	switch form {
	case "NFC", "NFD", "NFKC", "NFKD":
		return form, objects.StrValue(args[1]), true
	}
	ts.Raise(objects.ValueError, "invalid normalization form")
	return "", "", false
}

func init() {
	// oneChar makes a function of one character.
	oneChar := func(name string, f func(ts *objects.Thread, r rune) *Object) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, name, kw) || !objects.CheckArgs(ts, name, args, kw, 1, 1) {
				return nil
			}
			r, ok := charArg(ts, name, args[0], false)
			if !ok {
				return nil
			}
			return f(ts, r)
		}}
	}
	// withDefault makes a function of a character and an optional default
	// returned when the property is missing (else ValueError msg).
	withDefault := func(name, msg string, f func(ts *objects.Thread, r rune) *Object) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, name, kw) || !objects.CheckArgs(ts, name, args, kw, 1, 2) {
				return nil
			}
			r, ok := charArg(ts, name, args[0], true)
			if !ok {
				return nil
			}
			if v := f(ts, r); v != nil {
				return v
			}
			if len(args) == 2 {
				return objects.NewRef(args[1])
			}
			return ts.Raise(objects.ValueError, msg)
		}}
	}
	unicodedataDefs = []*objects.MethodDef{
		withDefault("decimal", "not a decimal", func(ts *objects.Thread, r rune) *Object {
			if d, ok := unicodedata.Decimal(r); ok {
				return objects.NewInt(ts, int64(d))
			}
			return nil
		}),
		withDefault("digit", "not a digit", func(ts *objects.Thread, r rune) *Object {
			if d, ok := unicodedata.Digit(r); ok {
				return objects.NewInt(ts, int64(d))
			}
			return nil
		}),
		withDefault("numeric", "not a numeric character", func(ts *objects.Thread, r rune) *Object {
			if v, ok := unicodedata.Numeric(r); ok {
				return objects.NewFloat(ts, v)
			}
			return nil
		}),
		withDefault("name", "no such name", func(ts *objects.Thread, r rune) *Object {
			if n, ok := unicodedata.Name(r); ok {
				return objects.NewStr(ts, n)
			}
			return nil
		}),
		oneChar("category", func(ts *objects.Thread, r rune) *Object { return objects.NewStr(ts, unicodedata.Category(r)) }),
		oneChar("bidirectional", func(ts *objects.Thread, r rune) *Object {
			return objects.NewStr(ts, unicodedata.Bidirectional(r))
		}),
		oneChar("combining", func(ts *objects.Thread, r rune) *Object {
			return objects.NewInt(ts, int64(unicodedata.Combining(r)))
		}),
		oneChar("east_asian_width", func(ts *objects.Thread, r rune) *Object {
			return objects.NewStr(ts, unicodedata.EastAsianWidth(r))
		}),
		oneChar("mirrored", func(ts *objects.Thread, r rune) *Object {
			if unicodedata.Mirrored(r) {
				return objects.NewInt(ts, 1)
			}
			return objects.NewInt(ts, 0)
		}),
		oneChar("decomposition", func(ts *objects.Thread, r rune) *Object {
			return objects.NewStr(ts, unicodedata.Decomposition(r))
		}),
		{Name: "lookup", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "lookup", kw) || !objects.CheckArgs(ts, "lookup", args, kw, 1, 1) {
				return nil
			}
			var name string
			if objects.AsStr(args[0]) != nil {
				name = objects.StrValue(args[0])
			} else if b, ok := objects.BufferBytes(args[0]); ok {
				name = string(b)
			} else {
				return ts.Raisef(objects.TypeError, "a bytes-like object is required, not '%s'", objects.TypeName(args[0]))
			}
			if r, ok := unicodedata.Lookup(name); ok {
				return objects.NewStrRune(ts, r)
			}
			if rs, ok := unicodedata.LookupNamedSequence(name); ok {
				return objects.NewStrFromRunes(ts, rs)
			}
			return ts.Raisef(objects.KeyError, "undefined character name '%s'", name)
		}},
		{Name: "normalize", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			form, s, ok := normalForm(ts, "normalize", args, kw)
			if !ok {
				return nil
			}
			if unicodedata.IsNormalized(form, s) {
				return objects.NewRef(args[1])
			}
			var out string
			switch form {
			case "NFC":
				out = unicodedata.NFC(s)
			case "NFD":
				out = unicodedata.NFD(s)
			case "NFKC":
				out = unicodedata.NFKC(s)
			default:
				out = unicodedata.NFKD(s)
			}
			return objects.NewStr(ts, out)
		}},
		{Name: "is_normalized", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			form, s, ok := normalForm(ts, "is_normalized", args, kw)
			if !ok {
				return nil
			}
			return objects.Bool(unicodedata.IsNormalized(form, s))
		}},
	}
	registerDefs("unicodedata", unicodedataDefs)
}
