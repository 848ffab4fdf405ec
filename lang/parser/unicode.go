package parser

import "minipy/lang/unicodedata"

func isIDStart(r rune) bool    { return unicodedata.IsIdentifierStart(r) }
func isIDContinue(r rune) bool { return unicodedata.IsIdentifierContinue(r) }

// nfkc normalizes a non-ASCII identifier (PEP 3131).
func nfkc(s string) string { return unicodedata.NFKC(s) }
