package vm

import (
	"minipy/vm/objects"
)

// "Did you mean" suggestions for uncaught NameErrors, as CPython 3.11's
// Python/suggestions.c computes them (same costs and limits, so the same
// candidate wins).

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	suggestMoveCost  = 2
	suggestCaseCost  = 1
)

func suggestSubstCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxString]int
	tmp := suggestMoveCost
	for i := range a {
		buf[i] = tmp
		tmp += suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + suggestSubstCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func suggestFrom(candidates []string, name string) string {
	if len(candidates) >= suggestMaxItems {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func dictKeys(d *Object) []string {
	var out []string
	if d == nil || objects.AsDict(d) == nil {
		return nil
	}
	pos := 0
	for {
		k, _, ok := objects.DictNext(d, &pos)
		if !ok {
			return out
		}
		if objects.AsStr(k) != nil {
			out = append(out, objects.StrValue(k))
		}
	}
}

// nameErrorSuggestion is the "Did you mean" candidate for a NameError:
// the innermost frame's variables, then its globals, then builtins.
func (th *Thread) nameErrorSuggestion(exc *Object) string {
	ts := th.TS
	n := objects.GetAttrString(ts, exc, "name")
	if n == nil {
		ts.ClearErr()
		return ""
	}
	defer objects.Decref(ts, n)
	if n.Type() != objects.StrType {
		return ""
	}
	name := objects.StrValue(n)
	tb := asTraceback(objects.ExcTraceback(exc))
	if tb == nil {
		return ""
	}
	for next := asTraceback(tb.next); next != nil; next = asTraceback(next.next) {
		tb = next
	}
	fo := (*FrameObject)(ptr(tb.frame))
	co := fo.code()
	if s := suggestFrom(co.C.VarNames, name); s != "" {
		return s
	}
	if s := suggestFrom(dictKeys(fo.f.globals), name); s != "" {
		return s
	}
	var builtins *Object
	if b := objects.DictGetItemStr(ts, fo.f.globals, "__builtins__"); b != nil {
		if m := ModuleDict(b); m != nil {
			builtins = m
		} else {
			builtins = b
		}
	} else {
		builtins = th.Interp.Builtins
	}
	return suggestFrom(dictKeys(builtins), name)
}

// raiseNameError raises NameError("name 'x' is not defined") with its
// name attribute set (used for the suggestion).
func raiseNameError(ts *objects.Thread, format string, name *Object) {
	ts.Raisef(objects.NameError, format, objects.StrValue(name))
	if e := ts.Err(); e != nil {
		objects.SetAttrString(ts, e, "name", name)
	}
}

// attributeErrorSuggestion is the "Did you mean" candidate for an
// AttributeError: the closest name in dir(obj).
func (th *Thread) attributeErrorSuggestion(exc *Object) string {
	ts := th.TS
	saved := ts.FetchErr()
	defer func() {
		ts.ClearErr()
		if saved != nil {
			ts.SetErrSteal(saved)
		}
	}()
	n := objects.GetAttrString(ts, exc, "name")
	if n == nil {
		return ""
	}
	defer objects.Decref(ts, n)
	o := objects.GetAttrString(ts, exc, "obj")
	if o == nil {
		return ""
	}
	defer objects.Decref(ts, o)
	if n.Type() != objects.StrType || o == objects.None && n == objects.None {
		return ""
	}
	d := objects.Dir(ts, o) // PyObject_Dir, as offer_suggestions_for_attribute_error
	if d == nil {
		return ""
	}
	defer objects.Decref(ts, d)
	var names []string
	objects.Iterate(ts, d, func(x *Object) bool {
		if objects.AsStr(x) != nil {
			names = append(names, objects.StrValue(x))
		}
		return true
	})
	sortStrings(names)
	return suggestFrom(names, objects.StrValue(n))
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
