package compiler

import (
	"fmt"
	"strings"
)

func escapeNul(s string) string {
	if !strings.ContainsAny(s, "\x00\x01") {
		return s
	}
	return strings.NewReplacer("\x01", "\x01\x01", "\x00", "\x01\x02").Replace(s)
}

func sprint(v any) string { return fmt.Sprint(v) }

func itoa(i int) string { return fmt.Sprint(i) }
