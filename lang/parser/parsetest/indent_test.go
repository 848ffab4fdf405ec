package parsetest

import (
	"strings"
	"testing"
)

// indentDump must only insert line breaks: joining its lines back (", " after
// a trailing comma) gives the dump again, quotes and brackets in strings
// included.
func TestIndentDumpRoundTrip(t *testing.T) {
	for _, d := range []string{
		`Module(body=[Expr(value=Constant(value='a(b, [c]', lineno=1))], type_ignores=[])`,
		`Module(body=[Expr(value=Constant(value="it's \"(\" ]", kind='u'))], type_ignores=[])`,
		`Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])`,
		`Constant(value=b'\\\')(')`,
	} {
		var b strings.Builder
		for _, l := range indentDump(d) {
			l = strings.TrimLeft(l, " ")
			b.WriteString(l)
			if strings.HasSuffix(l, ",") {
				b.WriteByte(' ')
			}
		}
		if b.String() != d {
			t.Errorf("round trip of %s gave %s", d, b.String())
		}
	}
	got := firstDiff("A(b=[C(), D()])", "A(b=[C(), E()])")
	if !strings.Contains(got, "-  E()") || !strings.Contains(got, "+  D()") {
		t.Errorf("firstDiff:\n%s", got)
	}
}
