// Package parser turns Python 3.11 source into the positioned AST of
// minipy/lang/ast, the same tree CPython's ast.parse builds (compared dump
// for dump, positions included, over the standard library).
//
// API: ParseFile (exec mode, *ast.Module), ParseExpr (eval mode,
// *ast.Expression), ParseInteractive (single mode, *ast.Interactive, one
// statement), Dump (= ast.Dump), Tokenize (for tests and fuzzing). Errors
// are *SyntaxError (Kind SyntaxError, IndentationError or TabError; Format
// prints what CPython prints for it) or *LimitError (MemoryError or
// RecursionError for input nested beyond CPython's limits).
//
// The pipeline, one file per stage:
//
//   - source.go: bytes to text as CPython reads them (UTF-8, a BOM, a PEP 263
//     coding cookie on line 1 or 2; codecs_gen.go holds the single-byte
//     tables, made by `go generate` from python3's codecs); "\r\n" and "\r"
//     become "\n".
//   - lexer.go: the hand-written tokenizer. It lexes a whole file into a
//     presized []lexer.Token (participle's token type, so participle can read
//     it without conversion): INDENT/DEDENT from an indent stack (with the
//     tab-size-1 column CPython keeps for TabError), implicit line joining
//     in brackets (at most 200 deep: "too many nested parentheses"), every
//     number and string form (f-strings stay one token), CPython's tokenizer
//     errors. Every operator and hard keyword has its own token kind
//     (token.go). Token positions: 1-based line, 0-based UTF-8 byte column.
//     An unclosed bracket at EOF is an error *token*, so a parse error earlier
//     in the file is still reported first.
//   - grammar.go: participle structs for the statement grammar (compound
//     statements, blocks, decorators, match/case, try/except/except*),
//     left-factored, lookahead 1. The source is cut into top-level
//     statements (parser.go) and participle parses one at a time.
//   - expr.go, atom.go, simple.go, patterns.go, strings.go: the hand-written
//     precedence-climbing parser behind participle's Parseable hook, for
//     expressions, simple statements, targets, parameters, with-items, match
//     patterns, string concatenation and f-strings (parsed as CPython 3.11
//     does, position quirks included: see fstrShift). It builds ast nodes
//     directly; a node starts at its first token and ends at the end of the
//     last token it consumed, as CPython's EXTRA does.
//   - lower.go: participle structs to ast statements.
//   - errors.go, parser.go: SyntaxError (CPython's message, line, 1-based
//     character offset, and Format printing what CPython prints), the mapping
//     of participle's errors to CPython's messages, and LimitError for input
//     nested beyond CPython's parser (MemoryError) or ast (RecursionError)
//     limits. Nesting is bounded by counters, never by the Go stack.
//
// Invariants: bad input gives a *SyntaxError or *LimitError, never a panic
// (participle panics are recovered and reported as syntax errors); the
// parser holds no mutable package state (the participle parser is built once
// by sync.OnceValue and is safe for concurrent use).
//
// Imports: lang/ast, lang/literal, lang/unicodedata and participle only.
// parser must never import lang/compiler, vm/... or cmd/....
package parser

//go:generate sh -c "python3 gen_codecs.py && gofmt -w codecs_gen.go"
