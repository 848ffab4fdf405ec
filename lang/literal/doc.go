// Package literal reads and writes Python literals and number text exactly as
// CPython 3.11 does. It is the one place that knows those rules, shared by the
// parser, the ast dump and the object model.
//
// Writing:
//   - QuoteStr, QuoteStrASCII, QuoteBytes, QuoteByteArray(Named): repr() and
//     ascii() of str, bytes and bytearray.
//   - FormatFloat, FormatComplex: repr() of float and complex (shortest
//     round-trip digits, CPython's layout). FormatFloatMode is CPython's
//     PyOS_double_to_string ('e', 'f', 'g', 'r' with flags), the engine of
//     '%g' % x and format(x, '.3e'). FloatHex is float.hex.
//   - FormatFloatSpec, FormatIntSpec, FormatComplexSpec, FormatStrSpec:
//     format(x, spec) with the whole format-spec mini-language (ParseFormatSpec,
//     FormatSpec.Pad, UnknownFormatCode). vm/objects's __format__ methods
//     are thin adapters over these; errors are *ValueError, *OverflowError
//     and *MemoryError, which it turns into the Python exceptions.
//
// Reading source literals (the parser):
//   - ScanNumber finds a number token and reports every malformed-number
//     SyntaxError; in CPython all of these come from the tokenizer, so a
//     tokenizer should call ScanNumber. ParseInt, ParseFloat and ParseImag give
//     the value of a token (ParseInt also enforces the 4300-digit limit, a
//     SyntaxError that CPython reports from the parser, at offset 0).
//   - DecodeStr and DecodeBytes (and the ...Warn variants) decode the body of
//     a string literal with every escape; errors are *LiteralError with
//     CPython's "(unicode error) ..." / "(value error) ..." messages, which
//     CPython's parser (not its tokenizer) raises. MsgBytesNonASCII is also a
//     parser error in CPython.
//
// Reading text at run time (the object model): ParseFloatPython(Bytes) is
// float(str) and float(bytes), ParseIntPython(Bytes) is int(str, base),
// ParseComplexPython is complex(str), ParseFloatHex is float.fromhex,
// RoundFloat is round(float, n).
//
// Strings are WTF-8: UTF-8 in which lone surrogates (U+D800–U+DFFF) may appear
// as their 3-byte sequences, because a Python str can hold them. DecodeRune and
// AppendRune read and write that encoding; never pass such strings through
// Go's utf8 helpers, which turn surrogates into U+FFFD.
//
// Errors that become Python exceptions other than SyntaxError have their own
// types named after the exception (*ValueError, *OverflowError, *MemoryError),
// whose Error() is the exception's message.
//
// Invariants: every function is pure (no package state, safe for concurrent
// use) and never panics on any input; malformed input gives an error value.
// The tests compare with python3 (CPython 3.11) live, over tens of thousands of
// random cases; under CI=true a missing python3 3.11 fails them.
//
// This is a leaf package: it imports only the Go standard library and
// lang/unicodedata. It must never import lang/parser, lang/ast, lang/compiler,
// vm/... or runtime/....
package literal
