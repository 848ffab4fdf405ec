package parser

import (
	"errors"
	"testing"
)

// TestEdgeInputs: inputs at the edges of the tokenizer (empty, comments
// only, no final newline, CRLF, form feeds, BOM, cookies) parse or fail
// cleanly.
func TestEdgeInputs(t *testing.T) {
	ok := []string{
		"", "\n", "# c", "# c\n\n", "x", "x = 1", "if x:\n  pass", "x = 1\r\ny = 2\r\n",
		"\x0cx = 1\n", "\xef\xbb\xbfx = 1\n", "# -*- coding: latin-1 -*-\nx = '\xe9'\n",
		"#!/usr/bin/env python\n# coding=utf-8\nx = 1\n", "if x:\n    pass\n    \n", "x = (\n 1\n)\n",
		"class C:\n    def f(self): pass\n\n\n", "x = 1 \\\n  + 2\n", "match = 1\ncase = 2\n_ = 3\n",
		"match(x)\n", "match x:\n    case _:\n        pass\n",
	}
	for _, src := range ok {
		if _, err := ParseFile("t.py", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
	bad := []string{"x = (", "'''", "if x:", "\tif x:\n        pass", "x = 1\x00", "\xff", "def f(:", "x = $"}
	for _, src := range bad {
		_, err := ParseFile("t.py", []byte(src))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: want a SyntaxError, got %v", src, err)
		}
	}
	if _, err := ParseExpr("<eval>", []byte("")); err == nil {
		t.Errorf("empty eval input: want an error")
	}
}
