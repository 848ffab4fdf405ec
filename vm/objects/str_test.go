package objects

import (
	"bufio"
	"encoding/hex"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// strTestPython runs python3 with a script and stdin and returns stdout;
// without python3 3.11 the test is skipped, unless CI=true (then it fails).
func strTestPython(t *testing.T, env []string, script, stdin string) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 is required under CI")
		}
		t.Skip("python3 not available")
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	return string(out)
}

// strTestRandomWTF8 makes a random string of the given PEP 393 kind (1, 2
// or 4), surrogates included for kinds 2 and 4.
func strTestRandomWTF8(r *rand.Rand, kind int) string {
	n := r.Intn(40)
	var b []byte
	for i := 0; i < n; i++ {
		var c rune
		switch kind {
		case 1:
			c = rune(r.Intn(256))
		case 2:
			c = rune(r.Intn(0x10000))
		default:
			if r.Intn(3) == 0 {
				c = 0x10000 + rune(r.Intn(0x100000))
			} else {
				c = rune(r.Intn(0x10000))
			}
		}
		b = appendWTF8(b, c)
	}
	return string(b)
}

// TestStrHashMatchesPython hashes thousands of random strings of all three
// kinds and bytes with PYTHONHASHSEED=0 and with a non-zero seed (which
// exercises CPython's LCG key derivation), comparing with python3.
func TestStrHashMatchesPython(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var lines []string
	var strs []string
	for i := 0; i < 3000; i++ {
		s := strTestRandomWTF8(r, []int{1, 2, 4}[i%3])
		strs = append(strs, s)
		lines = append(lines, hex.EncodeToString([]byte(s)))
	}
	input := strings.Join(lines, "\n") + "\n"
	script := `import sys
for line in sys.stdin:
    b = bytes.fromhex(line.strip())
    s = b.decode('utf-8', 'surrogatepass')
    print(hash(s), hash(b))`
	for _, seed := range []string{"0", "12345", "4294967295"} {
		out := strTestPython(t, []string{"PYTHONHASHSEED=" + seed}, script, input)
		v, _ := strconv.ParseUint(seed, 10, 32)
		key := strHashLoadKey(seed)
		if key.seed != uint32(v) || key.randomized {
			t.Fatalf("seed %s: key not derived from the seed", seed)
		}
		sc := bufio.NewScanner(strings.NewReader(out))
		i, bad := 0, 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			want, _ := strconv.ParseInt(f[0], 10, 64)
			wantB, _ := strconv.ParseInt(f[1], 10, 64)
			p := &Str{s: strs[i]}
			p.n, p.kind, _ = strMeasure(strs[i])
			got := strHashWithKey(key, p)
			gotB := strHashBytesWithKey(key, []byte(strs[i]))
			if got != want || gotB != wantB {
				bad++
				if bad < 5 {
					t.Errorf("seed %s: hash(%q) = %d, %d; python3 %d, %d", seed, strs[i], got, gotB, want, wantB)
				}
			}
			i++
		}
		if i != len(strs) {
			t.Fatalf("python3 printed %d lines for %d strings", i, len(strs))
		}
		if bad > 0 {
			t.Errorf("seed %s: %d of %d hashes differ", seed, bad, len(strs))
		}
	}
}

func strHashWithKey(key strHashSecret, s *Str) int64 {
	saved := strHashKey
	strHashKey = key
	defer func() { strHashKey = saved }()
	return strComputeHash(s)
}

func strHashBytesWithKey(key strHashSecret, b []byte) int64 {
	saved := strHashKey
	strHashKey = key
	defer func() { strHashKey = saved }()
	return HashBytes(b)
}

func TestStrHashSeedParsing(t *testing.T) {
	for _, env := range []string{"", "random"} {
		if k := strHashLoadKey(env); !k.randomized || k.err != "" {
			t.Errorf("PYTHONHASHSEED=%q: %+v", env, k)
		}
	}
	for _, env := range []string{"-1", "4294967296", "abc", "1.5"} {
		if k := strHashLoadKey(env); k.err == "" {
			t.Errorf("PYTHONHASHSEED=%q accepted", env)
		}
	}
	if k := strHashLoadKey("0"); k.k0 != 0 || k.k1 != 0 || k.randomized {
		t.Errorf("PYTHONHASHSEED=0 gives a non-zero key %+v", k)
	}
}

func TestStrUnicodeSlicing(t *testing.T) {
	ts := strTestSpace(t)
	// 'aé€😀' plus a lone surrogate, then long enough to use the index.
	base := "aé€😀\xed\xa0\x80z"
	s := NewStr(ts, base)
	defer Decref(ts, s)
	if n := Len(ts, s); n != 6 {
		t.Fatalf("len = %d, want 6", n)
	}
	if k := AsStr(s).Kind(); k != 4 {
		t.Errorf("kind = %d, want 4", k)
	}
	cases := []struct {
		start, stop, step int
		want              string
	}{
		{1, 3, 1, "é€"},
		{0, 6, 2, "a€\xed\xa0\x80"},
		{5, -1, -1, "z\xed\xa0\x80😀€éa"},
		{3, 4, 1, "😀"},
		{4, 5, 1, "\xed\xa0\x80"},
	}
	for _, c := range cases {
		r := strGetSlice(ts, s, c.start, c.stop, c.step)
		if got := StrValue(r); got != c.want {
			t.Errorf("[%d:%d:%d] = %q, want %q", c.start, c.stop, c.step, got, c.want)
		}
		Decref(ts, r)
	}
	long := strings.Repeat(base, 50)
	ls := NewStr(ts, long)
	defer Decref(ts, ls)
	rs := AsStr(ls).Runes()
	for i := range rs {
		if got := AsStr(ls).At(i); got != rs[i] {
			t.Fatalf("At(%d) = %U, want %U", i, got, rs[i])
		}
	}
	// Through the slice object path.
	sl := NewSlice(ts, NewInt(ts, -3), None, None)
	r := GetItem(ts, s, sl)
	Decref(ts, sl)
	if got := StrValue(r); got != "😀\xed\xa0\x80z" {
		t.Errorf("s[-3:] = %q", got)
	}
	Decref(ts, r)
}

func TestStrSurrogatesStayDistinct(t *testing.T) {
	ts := strTestSpace(t)
	hi := NewStr(ts, "\xed\xa0\x80")
	lo := NewStr(ts, "\xed\xb0\x80")
	pair := BinaryOp(ts, hi, lo, OpAdd)
	astral := NewStr(ts, "\U00010000")
	if Len(ts, pair) != 2 || Len(ts, astral) != 1 {
		t.Errorf("len(pair) = %d, len(astral) = %d", Len(ts, pair), Len(ts, astral))
	}
	if Equal(ts, pair, astral) != 0 {
		t.Error("'\\ud800\\udc00' == '\\U00010000'")
	}
	rp := Repr(ts, pair)
	if got := StrValue(rp); got != `'\ud800\udc00'` {
		t.Errorf("repr = %s", got)
	}
	for _, o := range []*Object{hi, lo, pair, astral, rp} {
		Decref(ts, o)
	}
}

func TestStrErrorMessages(t *testing.T) {
	ts := strTestSpace(t)
	var owned []*Object
	defer func() { strReleaseItems(ts, owned) }()
	s := func(v string) *Object {
		o := NewStr(ts, v)
		owned = append(owned, o)
		return o
	}
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s:\n got  %s\n want %s", what, got, want)
		}
	}
	check("split('')", strTestCall(ts, s("abc"), "split", s("")), `["err","ValueError","empty separator"]`)
	check("rsplit('')", strTestCall(ts, s("abc"), "rsplit", s("")), `["err","ValueError","empty separator"]`)
	check("partition('')", strTestCall(ts, s("abc"), "partition", s("")), `["err","ValueError","empty separator"]`)
	check("bytes.split(b'')", strTestCall(ts, strTestOwn(&owned, NewBytes(ts, []byte("ab"))), "split", NewBytes(ts, nil)), `["err","ValueError","empty separator"]`)

	f, x := s("%d"), s("x")
	check("'%d' % 'x'", strTestOutcome(ts, BinaryOp(ts, f, x, OpMod)), `["err","TypeError","%d format: a real number is required, not str"]`)

	for _, c := range []struct{ fmt, want string }{
		{"{", "Single '{' encountered in format string"},
		{"}", "Single '}' encountered in format string"},
		{"{0}{}", "cannot switch from manual field specification to automatic field numbering"},
		{"{!r", "unmatched '{' in format spec"},
		{"{0[}", "expected '}' before end of string"},
	} {
		r := strTestCallMethod(ts, s(c.fmt), "format", []*Object{True, True}, nil, nil)
		check(c.fmt+".format()", strTestOutcome(ts, r), `["err","ValueError","`+c.want+`"]`)
	}
	a := s("a")
	check("'a' + 1", strTestOutcome(ts, BinaryOp(ts, a, NewInt(ts, 1), OpAdd)), `["err","TypeError","can only concatenate str (not \"int\") to str"]`)
	check("'a'[5]", strTestOutcome(ts, GetItem(ts, a, NewInt(ts, 5))), `["err","IndexError","string index out of range"]`)
	check("'a'.center()", strTestCall(ts, a, "center"), `["err","TypeError","center expected at least 1 argument, got 0"]`)
	check("'a'.lower(1)", strTestCall(ts, a, "lower", NewInt(ts, 1)), `["err","TypeError","str.lower() takes no arguments (1 given)"]`)
	check("'é'.encode('ascii')", strTestCall(ts, s("é"), "encode", s("ascii")),
		`["err","UnicodeEncodeError","'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"]`)
}

func TestStrStaticImmortals(t *testing.T) {
	ts := strTestSpace(t)
	for _, c := range []string{"a", "é", "\x00", "ÿ"} {
		o := NewStr(ts, c)
		if !o.IsImmortal() {
			t.Errorf("%q is not a static immortal", c)
		}
		r, _ := decodeWTF8(c)
		if o != Latin1Char(byte(r)) {
			t.Errorf("%q is not the shared latin-1 object", c)
		}
	}
	if o := NewStr(ts, "Ā"); o.IsImmortal() {
		t.Error("U+0100 must not be static")
	} else {
		Decref(ts, o)
	}
	if NewBytes(ts, []byte{7}) != &oneByteObjs[7].Object || NewBytes(ts, nil) != EmptyBytes {
		t.Error("one-byte bytes and b'' must be the statics")
	}
}

func TestStrIntern(t *testing.T) {
	ts := strTestSpace(t)
	var tab StrInternTable
	a := NewStr(ts, "hello world")
	b := NewStr(ts, "hello world")
	ia := tab.Intern(ts, a)
	ib := tab.Intern(ts, b)
	if ia != a || ib != a || !tab.IsInterned(a) || tab.IsInterned(b) {
		t.Error("interning does not give the canonical object")
	}
	for _, o := range []*Object{a, b, ia, ib} {
		Decref(ts, o)
	}
	tab.Clear(ts)
}

func TestByteArrayExportLock(t *testing.T) {
	ts := strTestSpace(t)
	ba := NewByteArray(ts, []byte("abc"))
	mv := NewMemoryView(ts, ba)
	check := func(what, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s:\n got  %s\n want %s", what, got, want)
		}
	}
	check("append while exported", strTestCall(ts, ba, "append", NewInt(ts, 100)),
		`["err","BufferError","Existing exports of data: object cannot be re-sized"]`)
	// In-place changes are allowed and visible through the view.
	if SetItem(ts, ba, NewInt(ts, 0), NewInt(ts, 'z')) != 0 {
		t.Fatal(strTestOutcome(ts, nil))
	}
	check("mv.tobytes()", strTestCall(ts, mv, "tobytes"), `["ok",["b","7a6263"]]`)
	check("release", strTestCall(ts, mv, "release"), `["ok",["N"]]`)
	check("append after release", strTestCall(ts, ba, "append", NewInt(ts, 100)), `["ok",["N"]]`)
	check("use after release", strTestCall(ts, mv, "tobytes"),
		`["err","ValueError","operation forbidden on released memoryview object"]`)
	Decref(ts, mv)
	Decref(ts, ba)
}

func BenchmarkStrHash(b *testing.B) {
	sp := strBenchSpace()
	ts := sp.NewThread()
	o := NewStr(ts, "benchmark-key-0123456789")
	s := AsStr(o)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s.hash = -1
		strHashSlot(ts, o)
	}
}

func BenchmarkStrConcat(b *testing.B) {
	sp := strBenchSpace()
	ts := sp.NewThread()
	x := NewStr(ts, "hello, ")
	y := NewStr(ts, "world")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := StrConcat(ts, x, y)
		Decref(ts, r)
	}
}

// BenchmarkStrEqual8 is the dict-key comparison of two distinct 8-byte
// strs with equal text (hashes cached): it must not allocate.
func BenchmarkStrEqual8(b *testing.B) {
	sp := strBenchSpace()
	ts := sp.NewThread()
	x := NewStr(ts, "key12345")
	y := NewStr(ts, "key12345")
	StrHash(x)
	StrHash(y)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		if StrEqual(x, y) {
			n++
		}
	}
	if n != b.N {
		b.Fatal("not equal")
	}
}

func strTestOwn(owned *[]*Object, o *Object) *Object {
	*owned = append(*owned, o)
	return o
}

// TestStrMethodsThroughTypeDict calls str and bytes methods the way the VM
// will: attribute lookup on the instance, then a call.
func TestStrMethodsThroughTypeDict(t *testing.T) {
	ts := strTestSpace(t)
	s := NewStr(ts, "ab,cd")
	defer Decref(ts, s)
	m := GetAttrString(ts, s, "split")
	if m == nil {
		t.Fatal(strTestOutcome(ts, nil))
	}
	sep := NewStr(ts, ",")
	r := Call(ts, m, []*Object{sep}, nil)
	Decref(ts, sep)
	Decref(ts, m)
	if got := strTestOutcome(ts, r); got != `["ok",["l",[["s","6162"],["s","6364"]]]]` {
		t.Errorf("'ab,cd'.split(',') = %s", got)
	}
	// str(b'caf\xc3\xa9', 'utf-8') through the type's call.
	b := NewBytes(ts, []byte("caf\xc3\xa9"))
	enc := NewStr(ts, "utf-8")
	r = Call(ts, StrType.TypeObject(), []*Object{b, enc}, nil)
	Decref(ts, b)
	Decref(ts, enc)
	if got := strTestOutcome(ts, r); got != `["ok",["s","636166c3a9"]]` {
		t.Errorf("str(b'caf\\xc3\\xa9', 'utf-8') = %s", got)
	}
}
