package parser

import "github.com/alecthomas/participle/v2/lexer"

// Token kinds. Every operator and hard keyword has its own kind so the
// hand-written expression parser can switch on an int; participle's grammar
// still matches them by value ("if", "(").
const (
	tkEOF lexer.TokenType = lexer.EOF
)

const (
	tkName lexer.TokenType = iota + 1
	tkNumber
	tkString
	tkNewline
	tkIndent
	tkDedent
	tkError // a deferred error (an unclosed bracket at EOF); Value is the message

	// operators and delimiters
	tkLpar
	tkRpar
	tkLsqb
	tkRsqb
	tkLbrace
	tkRbrace
	tkColon
	tkComma
	tkSemi
	tkPlus
	tkMinus
	tkStar
	tkSlash
	tkVbar
	tkAmper
	tkLess
	tkGreater
	tkEqual
	tkDot
	tkPercent
	tkEqEqual
	tkNotEqual
	tkLessEqual
	tkGreaterEqual
	tkTilde
	tkCircumflex
	tkLeftShift
	tkRightShift
	tkDoubleStar
	tkPlusEqual
	tkMinEqual
	tkStarEqual
	tkSlashEqual
	tkPercentEqual
	tkAmperEqual
	tkVbarEqual
	tkCircumflexEqual
	tkLeftShiftEqual
	tkRightShiftEqual
	tkDoubleStarEqual
	tkDoubleSlash
	tkDoubleSlashEqual
	tkAt
	tkAtEqual
	tkRarrow
	tkEllipsis
	tkColonEqual

	// hard keywords
	tkFalse
	tkNone
	tkTrue
	tkAnd
	tkAs
	tkAssert
	tkAsync
	tkAwait
	tkBreak
	tkClass
	tkContinue
	tkDef
	tkDel
	tkElif
	tkElse
	tkExcept
	tkFinally
	tkFor
	tkFrom
	tkGlobal
	tkIf
	tkImport
	tkIn
	tkIs
	tkLambda
	tkNonlocal
	tkNot
	tkOr
	tkPass
	tkRaise
	tkReturn
	tkTry
	tkWhile
	tkWith
	tkYield

	// tkMatchKw is the soft keyword "match" when it starts a match statement
	// (decided by the lexer from the shape of the logical line).
	tkMatchKw

	tkCount
)

// kindNames names each kind for participle's Symbols and for messages.
var kindNames = [...]string{
	tkName: "Name", tkNumber: "Number", tkString: "String", tkNewline: "Newline",
	tkIndent: "Indent", tkDedent: "Dedent", tkError: "Error",
	tkLpar: "(", tkRpar: ")", tkLsqb: "[", tkRsqb: "]", tkLbrace: "{", tkRbrace: "}",
	tkColon: ":", tkComma: ",", tkSemi: ";", tkPlus: "+", tkMinus: "-", tkStar: "*",
	tkSlash: "/", tkVbar: "|", tkAmper: "&", tkLess: "<", tkGreater: ">", tkEqual: "=",
	tkDot: ".", tkPercent: "%", tkEqEqual: "==", tkNotEqual: "!=", tkLessEqual: "<=",
	tkGreaterEqual: ">=", tkTilde: "~", tkCircumflex: "^", tkLeftShift: "<<",
	tkRightShift: ">>", tkDoubleStar: "**", tkPlusEqual: "+=", tkMinEqual: "-=",
	tkStarEqual: "*=", tkSlashEqual: "/=", tkPercentEqual: "%=", tkAmperEqual: "&=",
	tkVbarEqual: "|=", tkCircumflexEqual: "^=", tkLeftShiftEqual: "<<=",
	tkRightShiftEqual: ">>=", tkDoubleStarEqual: "**=", tkDoubleSlash: "//",
	tkDoubleSlashEqual: "//=", tkAt: "@", tkAtEqual: "@=", tkRarrow: "->",
	tkEllipsis: "...", tkColonEqual: ":=",
	tkFalse: "False", tkNone: "None", tkTrue: "True", tkAnd: "and", tkAs: "as",
	tkAssert: "assert", tkAsync: "async", tkAwait: "await", tkBreak: "break",
	tkClass: "class", tkContinue: "continue", tkDef: "def", tkDel: "del", tkElif: "elif",
	tkElse: "else", tkExcept: "except", tkFinally: "finally", tkFor: "for", tkFrom: "from",
	tkGlobal: "global", tkIf: "if", tkImport: "import", tkIn: "in", tkIs: "is",
	tkLambda: "lambda", tkNonlocal: "nonlocal", tkNot: "not", tkOr: "or", tkPass: "pass",
	tkRaise: "raise", tkReturn: "return", tkTry: "try", tkWhile: "while", tkWith: "with",
	tkYield: "yield", tkMatchKw: "MatchKw",
}

// keywords maps a hard keyword's text to its kind.
var keywords = func() map[string]lexer.TokenType {
	m := map[string]lexer.TokenType{}
	for k := tkFalse; k <= tkYield; k++ {
		m[kindNames[k]] = k
	}
	return m
}()

func isKeywordKind(k lexer.TokenType) bool { return k >= tkFalse && k <= tkYield }

// symbols is participle's view of the token kinds.
var symbols = func() map[string]lexer.TokenType {
	m := map[string]lexer.TokenType{"EOF": lexer.EOF}
	for k := tkName; k < tkCount; k++ {
		if k >= tkLpar && k <= tkYield {
			m["T"+kindNames[k]] = k
			continue
		}
		m[kindNames[k]] = k
	}
	return m
}()
