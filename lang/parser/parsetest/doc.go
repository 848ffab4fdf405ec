// Package parsetest holds the acceptance harnesses of the parser (issue 3):
// the differential test against CPython's ast module over the standard
// library, the bad-syntax goldens under testdata/syntax, and the deep-nesting
// checks. It is a separate package so that the parser's own unit tests stay
// small, and so that cmd/parsebench can reuse the helpers here.
//
// Every expected value comes from the real python3 (3.11), run by the tests
// through the committed scripts tools/pyast.py and tools/gen_syntax.py. When
// python3 3.11 is missing the tests skip, except under CI=true where they fail.
//
// Tests:
//
//	go test ./lang/parser/parsetest                   # sample of 235 stdlib files, goldens, nesting
//	go test ./lang/parser/parsetest -run ParseCheckAll -v -args -all   # whole stdlib (make parsecheck)
//
// parsetest imports lang/parser and lang/ast; nothing in the interpreter may
// import parsetest.
package parsetest
