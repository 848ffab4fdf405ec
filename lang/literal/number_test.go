package literal

import (
	"fmt"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// randomNumberText makes number-like text: mostly valid literals of every
// form, with misplaced underscores, bad digits, keywords and letters glued on.
func randomNumberText(rng *rand.Rand) string {
	var b strings.Builder
	pick := func(s string) byte { return s[rng.Intn(len(s))] }
	switch rng.Intn(6) {
	case 0:
		b.WriteString([]string{"0x", "0X", "0o", "0O", "0b", "0B"}[rng.Intn(6)])
	case 1:
		b.WriteString("0")
	case 2:
		b.WriteString(".")
		b.WriteByte(pick("0123456789"))
	default:
		b.WriteByte(pick("123456789"))
	}
	n := rng.Intn(7)
	for i := 0; i < n; i++ {
		switch rng.Intn(10) {
		case 0:
			b.WriteByte('_')
		case 1:
			b.WriteByte(pick(".eEjJ+-"))
		case 2:
			b.WriteString([]string{"if", "in", "is", "or", "and", "else", "for", "not", "a", "x", "o", "f", "abc", "andy", "é", " ", "e5", "e+5", "E-1"}[rng.Intn(19)])
		case 3:
			b.WriteByte(pick("abcdefABCDEF89"))
		default:
			b.WriteByte(pick("0123456789"))
		}
	}
	return b.String()
}

func TestScanNumberAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	cases := []string{"0", "00", "0_0", "1_000", "0x_1", "0b1", "0o7", "1.", ".5", "1e5", "1E+5", "1e-5", "5j", "5.J", ".5j",
		"1if x else 2", "1or 2", "0x1for", "0b1and 1", "09.5", "09j", "0e5", "00.5", "012", "00_1", "0_1", "0777", "1e400", "1e-400",
		"0x" + strings.Repeat("f", 40), strings.Repeat("9", 30), "1_2_3", "1__2", "1_", "0x", "0o", "0b", "0o8", "0b2", "0o18", "1.5e",
		"1ex", "1else", "1jx", "1é", "0x1é", "1.5_", "1e_5", "1e+_5", ".5_", "1.__5", "0__0", "1.2.3", "0else", "0.else", "1e5else",
		"1_000.0_1", "1e1_0", "1.5e+x", "0b1_", "0o_7", "0xf_f", "1isx", "1ifx", "1nota", "1note", "1 if 1 else 2", "0_", "0xg", "0o7a"}
	for len(cases) < 6000 {
		cases = append(cases, randomNumberText(rng))
	}
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%x\n", c)
	}
	script := `
import sys, warnings
for line in sys.stdin.read().split():
    s = bytes.fromhex(line).decode()
    src = 'x = ' + s + '\n'
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'f', 'exec')
            err = 'OK'
        except SyntaxError as e:
            err = '%s|%s|%s' % (e.msg, e.offset, e.end_offset)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'f', 'exec')
            val = repr(eval(s))
        except BaseException as e:
            val = '-'
        warns = ';'.join(str(x.message) for x in w)
    print(err + '\t' + val + '\t' + warns)
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	numberMsg := func(m string) bool {
		return strings.HasPrefix(m, "invalid ") && strings.HasSuffix(m, " literal") || m == MsgLeadingZeros
	}
	bad := 0
	for i, c := range cases {
		f := strings.Split(lines[i], "\t")
		pyErr, pyVal, pyWarn := f[0], f[1], f[2]
		n, kind, warn, err := ScanNumber(c + "\n")
		var got string
		switch {
		case err != nil:
			ne := err.(*NumberError)
			got = fmt.Sprintf("%s|%d|%d", ne.Msg, 4+ne.Offset, 4+ne.EndOffset)
		case warn != nil:
			got = fmt.Sprintf("%s|%d|%d", warn.Msg, 4+warn.Offset, 4+warn.EndOffset)
		}
		pyNumErr := ""
		if pyErr != "OK" && numberMsg(strings.Split(pyErr, "|")[0]) {
			pyNumErr = pyErr
		}
		ok := got == pyNumErr
		if !ok && err == nil && warn == nil && n < len(c) && pyNumErr != "" {
			// python's error is about a later token of the text.
			var off int
			fmt.Sscanf(strings.Split(pyNumErr, "|")[1], "%d", &off)
			ok = off > 4+n
		}
		// A whole valid token must have python's value, and only a valid
		// python literal may give no error.
		gotVal := ""
		if err == nil && n == len(c) {
			gotVal = numberRepr(t, c, kind)
			if gotVal != pyVal && !strings.Contains(pyVal, "Exceeds") {
				ok = false
			}
		}
		gotWarn := ""
		if warn != nil {
			gotWarn = warn.Msg
		}
		if pyErr != "OK" && !numberMsg(strings.Split(pyErr, "|")[0]) && gotWarn != pyWarn && err == nil && n == len(c) {
			ok = false
		}
		if !ok {
			bad++
			if bad < 15 {
				t.Errorf("%q: got err %q (n=%d kind=%d val=%s warn=%q), python %q val %s warn %q", c, got, n, kind, gotVal, gotWarn, pyErr, pyVal, pyWarn)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}

func numberRepr(t *testing.T, tok string, kind NumberKind) string {
	switch kind {
	case IntNumber:
		v, err := ParseInt(tok)
		if err != nil {
			return "error: " + err.Error()
		}
		return v.String()
	case FloatNumber:
		v, err := ParseFloat(tok)
		if err != nil {
			return "error: " + err.Error()
		}
		return FormatFloat(v)
	case ImagNumber:
		v, err := ParseImag(tok)
		if err != nil {
			return "error: " + err.Error()
		}
		return FormatComplex(0, v)
	}
	t.Fatalf("bad kind %d", kind)
	return ""
}

func TestParseIntLimit(t *testing.T) {
	py := pyLines(runPython(t, `
for s in ['1' * 4301, '1' + '_1' * 4300, '0' * 5000, '1' * 4300, '0x' + 'f' * 5000]:
    try:
        compile(s, 'f', 'eval'); print('OK')
    except SyntaxError as e:
        print(e.msg)
`, nil))
	for i, s := range []string{strings.Repeat("1", 4301), "1" + strings.Repeat("_1", 4300), strings.Repeat("0", 5000), strings.Repeat("1", 4300), "0x" + strings.Repeat("f", 5000)} {
		got := "OK"
		if _, err := ParseInt(s); err != nil {
			got = err.Error()
		}
		if got != py[i] {
			t.Errorf("case %d: got %q want %q", i, got, py[i])
		}
	}
	v, err := ParseIntMaxDigits(strings.Repeat("1", 5000), 0)
	if err != nil || len(v.String()) != 5000 {
		t.Errorf("no limit: %v", err)
	}
	want, _ := new(big.Int).SetString("deadbeef", 16)
	if v, err := ParseInt("0xdead_beef"); err != nil || v.Cmp(want) != 0 {
		t.Errorf("0xdead_beef: %v %v", v, err)
	}
	for _, bad := range []string{"", "x", "1.5", "1j", "0x", "1 ", "--1"} {
		if _, err := ParseInt(bad); err == nil {
			t.Errorf("ParseInt(%q) succeeded", bad)
		}
	}
}
