package literal

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

var bodyPieces = []string{
	`\x41`, `\x4`, `\xg`, `\xfF`, `\x`, `\u1234`, `\u12`, `\uD800`, `\udc00`, `\u00e9`, `\U0001F600`, `\U00110000`, `\U0010ffff`,
	`\U1234`, `\N{LATIN SMALL LETTER A}`, `\N{latin small letter a}`, `\N{BYTE ORDER MARK}`, `\N{BOM}`, `\N{foo}`, `\N{`, `\N`,
	`\N{}`, `\N{HANGUL SYLLABLE GAG}`, `\N{CJK UNIFIED IDEOGRAPH-4E00}`, `\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}`,
	`\777`, `\400`, `\377`, `\12`, `\1`, `\0`, `\08`, `\d`, `\8`, `\9`, `\\`, `\'`, `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t`,
	`\v`, "\\\n", `\é`, "é", "😀", "\u2028", "abc", "'", `"`, "\n", " ", "{", `\{`, `\z`, `\N{é}`, "\\\\é", `\u005c`,
}

func randomBody(rng *rand.Rand, asciiOnly bool) string {
	var b strings.Builder
	n := rng.Intn(5)
	for i := 0; i < n; i++ {
		p := bodyPieces[rng.Intn(len(bodyPieces))]
		if asciiOnly && rng.Intn(4) != 0 {
			for strings.ContainsFunc(p, func(r rune) bool { return r >= 0x80 }) {
				p = bodyPieces[rng.Intn(len(bodyPieces))]
			}
		}
		b.WriteString(p)
	}
	s := b.String()
	// Keep the body inside '''...''': no ''' and no trailing ' or lone backslash.
	for strings.Contains(s, "'''") {
		s = strings.Replace(s, "'''", "''x", 1)
	}
	trail := len(s) - len(strings.TrimRight(s, `\`))
	if strings.HasSuffix(s, "'") || trail%2 == 1 {
		s += "x"
	}
	return s
}

func TestDecodeAgainstPython(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	type tc struct {
		prefix string
		body   string
	}
	var cases []tc
	for i := 0; i < 12000; i++ {
		prefix := []string{"", "r", "b", "br"}[rng.Intn(4)]
		cases = append(cases, tc{prefix, randomBody(rng, prefix == "b" || prefix == "br")})
	}
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%s %x\n", c.prefix+"_", c.body)
	}
	script := `
import sys, warnings
for line in sys.stdin.read().split('\n')[:-1]:
    prefix, body = line.split(' ')
    prefix = prefix[:-1]
    src = prefix + "'''" + bytes.fromhex(body).decode('utf-8', 'surrogatepass') + "'''"
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            v = eval(compile(src, 'f', 'eval'))
            if isinstance(v, bytes):
                out = 'B' + v.hex()
            else:
                out = 'S' + ','.join('%x' % ord(c) for c in v)
        except SyntaxError as e:
            out = 'E' + e.msg
        warns = ';'.join(str(x.message) for x in w)
    print(out + '\t' + warns)
`
	lines := pyLines(runPython(t, script, []byte(in.String())))
	if len(lines) != len(cases) {
		t.Fatalf("python gave %d lines, want %d", len(lines), len(cases))
	}
	bad := 0
	kinds := map[byte]int{}
	for _, l := range lines {
		kinds[l[0]]++
		if strings.Contains(l, "\tinvalid") {
			kinds['W']++
		}
	}
	t.Logf("python results: %d str, %d bytes, %d errors, %d warnings", kinds['S'], kinds['B'], kinds['E'], kinds['W'])
	for i, c := range cases {
		raw := strings.Contains(c.prefix, "r")
		var got, warnMsg string
		var warn *Warning
		var err error
		if strings.Contains(c.prefix, "b") {
			var v []byte
			v, warn, err = DecodeBytesWarn(c.body, raw)
			got = fmt.Sprintf("B%x", v)
		} else {
			var v string
			v, warn, err = DecodeStrWarn(c.body, raw)
			var cps []string
			for j := 0; j < len(v); {
				r, n := DecodeRune(v[j:])
				cps = append(cps, fmt.Sprintf("%x", r))
				j += n
			}
			got = "S" + strings.Join(cps, ",")
		}
		if err != nil {
			got = "E" + err.Error()
			le := err.(*LiteralError)
			if le.Start < 0 || le.Start > le.End || le.End > len(c.body) {
				t.Errorf("%s%q: bad error range %d-%d", c.prefix, c.body, le.Start, le.End)
			}
		} else if warn != nil {
			warnMsg = warn.Msg
			if warn.Offset < 0 || warn.Offset >= len(c.body) || c.body[warn.Offset] != '\\' {
				t.Errorf("%s%q: warning offset %d is not a backslash", c.prefix, c.body, warn.Offset)
			}
		}
		if want := lines[i]; got+"\t"+warnMsg != want {
			bad++
			if bad < 15 {
				t.Errorf("%s'''%s''':\n got %s\t%s\nwant %s", c.prefix, c.body, got, warnMsg, want)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, len(cases))
	}
}
