package parsetest

import "strings"

// indentDump breaks a one-line ast.dump into one field or list item per line,
// indented by depth, so that two dumps can be compared line by line. Quotes
// inside string and bytes reprs are respected.
func indentDump(s string) []string {
	var lines []string
	var cur strings.Builder
	depth := 0
	flush := func() {
		lines = append(lines, strings.Repeat(" ", depth)+cur.String())
		cur.Reset()
	}
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if quote != 0 {
			cur.WriteByte(c)
			if c == '\\' && i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			cur.WriteByte(c)
		case '(', '[':
			cur.WriteByte(c)
			if i+1 < len(s) && (s[i+1] == ')' || s[i+1] == ']') {
				continue
			}
			flush()
			depth++
		case ')', ']':
			if i > 0 && (s[i-1] == '(' || s[i-1] == '[') {
				cur.WriteByte(c)
				continue
			}
			if cur.Len() > 0 {
				flush()
			}
			depth--
			cur.WriteByte(c)
		case ',':
			cur.WriteByte(c)
			flush()
			if i+1 < len(s) && s[i+1] == ' ' {
				i++
			}
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 {
		flush()
	}
	return lines
}

// firstDiff shows the first differing lines of two dumps with a little
// context, as "-want" and "+got" lines.
func firstDiff(got, want string) string {
	g, w := indentDump(got), indentDump(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	var b strings.Builder
	b.WriteString("  first difference at dump line " + itoa(i+1) + ":\n")
	for j := max(0, i-3); j < i; j++ {
		b.WriteString("    " + w[j] + "\n")
	}
	for j := i; j < min(len(w), i+3); j++ {
		b.WriteString("   -" + w[j] + "\n")
	}
	for j := i; j < min(len(g), i+3); j++ {
		b.WriteString("   +" + g[j] + "\n")
	}
	return b.String()
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
