package objects

//go:generate python3 ../../tools/numcorpus/gen.py

import (
	"bufio"
	"compress/gzip"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"minipy/lang/literal"
)

// TestNumCorpus replays testdata/numcorpus (written by
// tools/numcorpus/gen.py from CPython 3.11) through the int, float and
// complex implementations. See gen.py for the line format.
func TestNumCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/numcorpus/*.txt.gz")
	if len(files) == 0 {
		t.Fatal("no corpus files in testdata/numcorpus (run tools/numcorpus/gen.py)")
	}
	ts := numTestSpace(t)
	passed, failed, known := 0, 0, 0
	failsByKind := map[string]int{}
	shown := 0
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			line := sc.Text()
			fields := strings.Split(line, "\t")
			got, want := numCorpusRun(ts, fields)
			if got == want {
				passed++
				continue
			}
			if numCorpusKnown[line] == got {
				known++
				continue
			}
			failed++
			key := filepath.Base(file) + " " + fields[0]
			if fields[0] == "b" || fields[0] == "u" {
				key += " " + fields[1]
			}
			failsByKind[key]++
			// A few examples of each kind of failure.
			if failsByKind[key] <= 4 && shown < 60 {
				shown++
				t.Errorf("%s: %s\n  got  %s\n  want %s", filepath.Base(file), numCorpusShort(strings.Join(fields[:len(fields)-1], " ")), numCorpusShort(got), numCorpusShort(want))
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		zr.Close()
		f.Close()
	}
	var keys []string
	for k := range failsByKind {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("failures %-40s %d", k, failsByKind[k])
	}
	fmt.Printf("numcorpus: %d passed, %d failed, %d known deviations\n", passed, failed, known)
	if failed > 0 {
		t.Errorf("numcorpus: %d passed, %d failed", passed, failed)
	}
}

// numCorpusKnown lists the cases where CPython's result comes from a C
// library function that is not correctly rounded there (glibc's pow and
// sin guarantee < 1 ulp), and minipy's correctly rounded result differs in
// the last bit. Each was checked against a 50-digit decimal computation:
// minipy's value is the nearer one. The value is minipy's encoded result.
var numCorpusKnown = map[string]string{
	// pow(157, 2.5827283955748133) = 469258.757239460101414...: glibc
	// returns ...4601 (the farther neighbour), minipy ...46013.
	"b\tpow\ti-157\tf2.5827283955748133\tc-120591.4611139387,453499.1518760845": "c-120591.46111393871,453499.15187608456",
	// sin(-6.038032783610462) = 0.2427042907739967589...: glibc returns
	// ...674, minipy ...677.
	"b\tpow\tc-3.0,-4.0\tc2.0,-1.0\tc2.64910698709165,0.6627661288932848": "c2.64910698709165,0.6627661288932849",
}

func numCorpusShort(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// numCorpusDecode makes an object from an operand encoding.
func numCorpusDecode(ts *Thread, s string) *Object {
	switch s[0] {
	case 'i':
		b, ok := new(big.Int).SetString(s[1:], 0)
		if !ok {
			panic("bad int operand " + s)
		}
		return NewIntBig(ts, b)
	case 'f':
		return NewFloat(ts, numCorpusFloat(s[1:]))
	case 'b':
		return Bool(s == "bTrue")
	case 'c':
		re, im, _ := strings.Cut(s[1:], ",")
		return NewComplex(ts, numCorpusFloat(re), numCorpusFloat(im))
	}
	panic("bad operand " + s)
}

func numCorpusFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		panic("bad float " + s)
	}
	return f
}

func numCorpusHexStr(s string) string {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// numCorpusEncode is gen.py's enc() of a result (consumed), or the pending
// exception when r is nil.
func numCorpusEncode(ts *Thread, r *Object) string {
	if r == nil {
		return "!" + numTestExcText(ts)
	}
	defer Decref(ts, r)
	switch {
	case r.typ == BoolType:
		if r == True {
			return "bTrue"
		}
		return "bFalse"
	case r.typ == IntType:
		i := AsInt(r)
		if v, ok := i.Int64(); ok && v > -1e18 && v < 1e18 {
			return "i" + strconv.FormatInt(v, 10)
		}
		return "i" + IntToBase(i, 16)
	case r.typ == FloatType:
		return "f" + literal.FormatFloat(FloatValue(r))
	case r.typ == ComplexType:
		c := AsComplex(r)
		return "c" + literal.FormatFloat(c.re) + "," + literal.FormatFloat(c.im)
	case r.typ == TupleType:
		var parts []string
		for _, it := range TupleItems(r) {
			parts = append(parts, numCorpusEncode(ts, NewRef(it)))
		}
		return "t" + strings.Join(parts, ";")
	case r.typ == StrType:
		return "s" + hex.EncodeToString([]byte(StrValue(r)))
	case r.typ == BytesType:
		return "y" + hex.EncodeToString(BytesValue(r))
	}
	return "?" + TypeName(r)
}

var numCorpusBinary = map[string]NumberOp{
	"add": OpAdd, "sub": OpSub, "mul": OpMul, "truediv": OpTrueDiv, "floordiv": OpFloorDiv,
	"mod": OpMod, "divmod": OpDivmod, "lshift": OpLShift, "rshift": OpRShift,
	"and": OpAnd, "or": OpOr, "xor": OpXor,
}

var numCorpusCompare = map[string]CompareOp{"lt": LT, "le": LE, "eq": EQ, "ne": NE, "gt": GT, "ge": GE}

// numCorpusRun runs one case and returns the encoded result and the
// expected one.
func numCorpusRun(ts *Thread, f []string) (got, want string) {
	want = f[len(f)-1]
	var args []*Object
	defer func() {
		for _, a := range args {
			Decref(ts, a)
		}
	}()
	arg := func(s string) *Object {
		o := numCorpusDecode(ts, s)
		args = append(args, o)
		return o
	}
	var r *Object
	switch f[0] {
	case "b":
		a, b := arg(f[2]), arg(f[3])
		if op, ok := numCorpusBinary[f[1]]; ok {
			r = BinaryOp(ts, a, b, op)
		} else if op, ok := numCorpusCompare[f[1]]; ok {
			r = RichCompare(ts, a, b, op)
		} else if f[1] == "pow" {
			r = Power(ts, a, b, None)
		} else {
			return "unknown op " + f[1], want
		}
	case "u":
		r = numCorpusUnary(ts, f[1], arg(f[2]))
	case "p":
		r = Power(ts, arg(f[1]), arg(f[2]), arg(f[3]))
	case "r":
		a := arg(f[1])
		if f[2] == "-" {
			r = numTestCall(ts, a, "__round__")
		} else {
			n, _ := strconv.Atoi(f[2])
			r = numTestCall(ts, a, "__round__", arg("i"+strconv.Itoa(n)))
		}
	case "f":
		a := arg(f[1])
		spec := NewStr(ts, numCorpusHexStr(f[2]))
		args = append(args, spec)
		r = numTestCall(ts, a, "__format__", spec)
	case "i":
		s := NewStr(ts, numCorpusHexStr(f[1]))
		args = append(args, s)
		if f[2] == "-" {
			r = IntType.New(ts, IntType, []*Object{s}, nil)
		} else {
			r = IntType.New(ts, IntType, []*Object{s, arg("i" + f[2])}, nil)
		}
	case "d":
		s := NewStr(ts, numCorpusHexStr(f[1]))
		args = append(args, s)
		r = FloatType.New(ts, FloatType, []*Object{s}, nil)
	case "x":
		s := NewStr(ts, numCorpusHexStr(f[1]))
		args = append(args, s)
		r = ComplexType.New(ts, ComplexType, []*Object{s}, nil)
	default:
		return "unknown kind " + f[0], want
	}
	return numCorpusEncode(ts, r), want
}

func numCorpusUnary(ts *Thread, op string, a *Object) *Object {
	switch op {
	case "neg":
		return Negative(ts, a)
	case "pos":
		return Positive(ts, a)
	case "abs":
		return Absolute(ts, a)
	case "invert":
		return Invert(ts, a)
	case "bool":
		switch IsTrue(ts, a) {
		case 1:
			return True
		case 0:
			return False
		}
		return nil
	case "hash":
		h := Hash(ts, a)
		if h == -1 && ts.Occurred() {
			return nil
		}
		return NewInt(ts, h)
	case "repr":
		return Repr(ts, a)
	case "str":
		return StrOf(ts, a)
	case "int":
		return NumberLong(ts, a)
	case "float":
		return NumberFloat(ts, a)
	case "trunc", "floor", "ceil":
		return numTestCall(ts, a, "__"+op+"__")
	case "fromhex":
		h := numTestCall(ts, a, "hex")
		if h == nil {
			return nil
		}
		defer Decref(ts, h)
		return floatFromHexMethod(ts, FloatType.TypeObject(), []*Object{h}, nil)
	}
	return numTestCall(ts, a, op)
}

// numCorpusUnused keeps math imported for quick debugging edits.
var _ = math.Inf
