package objects

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"minipy/lang/literal"
	"minipy/runtime/alloc"
)

// strTestSpace makes a debug space and thread for a str/bytes test and
// checks, when the test ends, that every block it allocated was freed.
func strTestSpace(t testing.TB) *Thread {
	t.Helper()
	sp := NewSpace(alloc.Config{Debug: true})
	ts := sp.NewThread()
	t.Cleanup(func() {
		ts.ClearErr()
		if n := sp.Heap.AllocatedBlocks(); n != 0 {
			t.Errorf("heap holds %d blocks at the end of the test", n)
		}
		if p := sp.Heap.Stats().Payload; p != 0 {
			t.Errorf("heap payload is %d bytes at the end of the test (Charge/Uncharge unbalanced)", p)
		}
	})
	return ts
}

// strTestValue decodes a tagged corpus value (see tools/strcorpus/gen.py)
// into a new object.
func strTestValue(ts *Thread, raw json.RawMessage) (*Object, error) {
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil || len(parts) == 0 {
		return nil, fmt.Errorf("bad value %s", raw)
	}
	var tag string
	json.Unmarshal(parts[0], &tag)
	str := func(i int) string {
		var s string
		json.Unmarshal(parts[i], &s)
		return s
	}
	switch tag {
	case "N":
		return None, nil
	case "T":
		return True, nil
	case "F":
		return False, nil
	case "s", "b", "B":
		b, err := hex.DecodeString(str(1))
		if err != nil {
			return nil, err
		}
		switch tag {
		case "s":
			return NewStr(ts, string(b)), nil
		case "b":
			return NewBytes(ts, b), nil
		}
		return NewByteArray(ts, b), nil
	case "i":
		v, ok := new(big.Int).SetString(str(1), 10)
		if !ok {
			return nil, fmt.Errorf("bad int %s", raw)
		}
		if v.IsInt64() {
			return NewInt(ts, v.Int64()), nil
		}
		return NewIntBig(ts, v), nil
	case "f":
		v, err := strconv.ParseFloat(str(1), 64)
		if err != nil {
			return nil, err
		}
		return NewFloat(ts, v), nil
	case "t", "l":
		var elems []json.RawMessage
		json.Unmarshal(parts[1], &elems)
		items := make([]*Object, 0, len(elems))
		for _, e := range elems {
			o, err := strTestValue(ts, e)
			if err != nil {
				strReleaseItems(ts, items)
				return nil, err
			}
			items = append(items, o)
		}
		if tag == "t" {
			return NewTupleSteal(ts, items...), nil
		}
		return NewListSteal(ts, items), nil
	case "d":
		var pairs [][2]json.RawMessage
		json.Unmarshal(parts[1], &pairs)
		d := NewDict(ts)
		for _, p := range pairs {
			k, err := strTestValue(ts, p[0])
			if err != nil {
				Decref(ts, d)
				return nil, err
			}
			v, err := strTestValue(ts, p[1])
			if err != nil {
				Decref(ts, k)
				Decref(ts, d)
				return nil, err
			}
			DictSetItem(ts, d, k, v)
			Decref(ts, k)
			Decref(ts, v)
		}
		return d, nil
	case "sl":
		var xs [3]*Object
		for i := range xs {
			o, err := strTestValue(ts, parts[i+1])
			if err != nil {
				return nil, err
			}
			xs[i] = o
		}
		r := NewSlice(ts, xs[0], xs[1], xs[2])
		for _, x := range xs {
			Decref(ts, x)
		}
		return r, nil
	}
	return nil, fmt.Errorf("unknown tag %q", tag)
}

// strTestEncode turns an object into the corpus's tagged form.
func strTestEncode(ts *Thread, o *Object) any {
	switch {
	case o == None:
		return []any{"N"}
	case o == True:
		return []any{"T"}
	case o == False:
		return []any{"F"}
	case AsStr(o) != nil:
		return []any{"s", hex.EncodeToString([]byte(StrValue(o)))}
	case AsBytes(o) != nil:
		return []any{"b", hex.EncodeToString(BytesValue(o))}
	case AsByteArray(o) != nil:
		return []any{"B", hex.EncodeToString(AsByteArray(o).b)}
	case AsInt(o) != nil:
		i := AsInt(o)
		if i.big != nil {
			return []any{"i", i.big.String()}
		}
		return []any{"i", strconv.FormatInt(i.v, 10)}
	case IsFloat(o):
		return []any{"f", literal.FormatFloat(FloatValue(o))}
	case AsTuple(o) != nil || AsList(o) != nil:
		tag := "t"
		items, _ := strListItems(o)
		if AsList(o) != nil {
			tag = "l"
		}
		out := []any{}
		for _, it := range items {
			out = append(out, strTestEncode(ts, it))
		}
		return []any{tag, out}
	case AsDict(o) != nil:
		out := []any{}
		strDictEach(ts, o, func(k, v *Object) bool {
			out = append(out, []any{strTestEncode(ts, k), strTestEncode(ts, v)})
			return true
		})
		return []any{"d", out}
	}
	return []any{"?", TypeName(o)}
}

// strTestOutcome is the corpus form of a call's outcome: ["ok", value] or
// ["err", type, str(exc)]. It consumes r and any pending exception.
func strTestOutcome(ts *Thread, r *Object) string {
	return strTestJSON(strTestOutcomeValue(ts, r))
}

// strTestOutcomeValue is strTestOutcome before its JSON encoding.
func strTestOutcomeValue(ts *Thread, r *Object) any {
	var v any
	if r == nil {
		e := ts.FetchErr()
		if e == nil {
			v = []any{"err", "<none>", "nil result without an exception"}
		} else {
			msg := "<str failed>"
			if s := StrOf(ts, e); s != nil {
				msg = StrValue(s)
				Decref(ts, s)
			} else {
				ts.ClearErr()
			}
			v = []any{"err", TypeName(e), strTestValidUTF8(msg)}
			Decref(ts, e)
		}
	} else {
		v = []any{"ok", strTestEncode(ts, r)}
		Decref(ts, r)
	}
	return v
}

// strTestJSON is the canonical JSON text of a value (no HTML escaping), so
// that expected values decoded from the corpus and computed ones compare as
// strings.
func strTestJSON(v any) string {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return strings.TrimSuffix(sb.String(), "\n")
}

// strTestCanonical re-encodes raw JSON canonically.
func strTestCanonical(raw json.RawMessage) string {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "<bad json>"
	}
	return strTestJSON(v)
}

// strTestCallMethod calls a built-in method of o's type by name with
// positional args and keyword (name, value) pairs (all borrowed).
func strTestCallMethod(ts *Thread, o *Object, name string, args []*Object, kwNames []string, kwValues []*Object) *Object {
	var fn MethodFn
	for _, t := range []*Type{o.typ, o.typ.Base} {
		if t == nil {
			continue
		}
		for i := range t.Methods {
			if t.Methods[i].Name == name {
				fn = t.Methods[i].Fn
				break
			}
		}
		if fn != nil {
			break
		}
	}
	if fn == nil {
		return ts.Raisef(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
	}
	all := append(append([]*Object(nil), args...), kwValues...)
	var kwnames *Object
	if len(kwNames) > 0 {
		names := make([]*Object, len(kwNames))
		for i, n := range kwNames {
			names[i] = NewStr(ts, n)
		}
		kwnames = NewTupleSteal(ts, names...)
		defer Decref(ts, kwnames)
	}
	return fn(ts, o, all, kwnames)
}

// strTestPy builds a str from a Go string (WTF-8) for unit tests.
func strTestPy(ts *Thread, s string) *Object { return NewStr(ts, s) }

// strTestCall calls a method with positional args (all borrowed) and
// returns the outcome in corpus form.
func strTestCall(ts *Thread, self *Object, name string, args ...*Object) string {
	return strTestOutcome(ts, strTestCallMethod(ts, self, name, args, nil, nil))
}

// strBenchSpace is a space for benchmarks (no debug checks).
func strBenchSpace() *Space { return NewSpace(alloc.Config{}) }

// strTestValidUTF8 replaces each lone surrogate by one U+FFFD, as JSON
// decoding of the corpus's "\udXXX" escapes does.
func strTestValidUTF8(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		if r >= 0xd800 && r <= 0xdfff {
			r = 0xfffd
		}
		b = appendWTF8(b, r)
		i += n
	}
	return string(b)
}
