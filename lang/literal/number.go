package literal

import (
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// NumberKind says which kind of number token ScanNumber read.
type NumberKind uint8

const (
	// IntNumber is an integer literal: decimal, 0x, 0o or 0b.
	IntNumber NumberKind = iota + 1
	// FloatNumber has a fraction or an exponent.
	FloatNumber
	// ImagNumber ends in j or J.
	ImagNumber
)

// NumberError is a malformed number token (a SyntaxError in CPython, raised by
// its tokenizer), or a number warning (see ScanNumber).
//
// Offset and EndOffset locate it the way CPython does, as byte counts from the
// token's first byte: CPython's SyntaxError.offset is (1-based column of the
// token start) - 1 + Offset, and end_offset likewise from EndOffset. Number
// tokens are ASCII, so bytes and characters agree inside them. For most
// errors Offset == EndOffset == the number of bytes the tokenizer had
// consumed (so the caret points at the last of them); for "leading zeros"
// Offset is 1 (the token start) and EndOffset covers the zeros and the first
// non-zero digit.
type NumberError struct {
	Msg       string
	Offset    int
	EndOffset int
}

func (e *NumberError) Error() string { return e.Msg }

// MsgLeadingZeros is CPython's message for 0123.
const MsgLeadingZeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"

// ScanNumber reads the number token at the start of src, exactly as CPython
// 3.11's tokenizer does, and returns its length and kind. src must start with
// a digit, or with '.' followed by a digit; it should extend to the end of the
// line, since the characters after the number decide some errors.
//
// Every number error of CPython 3.11 comes from the tokenizer, so this is
// where a tokenizer should detect them: "invalid decimal literal", "invalid
// hexadecimal literal", "invalid octal literal", "invalid binary literal",
// "invalid imaginary literal", "invalid digit '8' in octal literal", "invalid
// digit '2' in binary literal" and MsgLeadingZeros (a *NumberError).
//
// When the number is directly followed by one of the keywords CPython still
// tolerates there (and, else, for, if, in, is, not, or: "1if x else y"), the
// token ends before the keyword and warn is the DeprecationWarning CPython
// emits ("invalid decimal literal", with its position); it becomes a
// SyntaxError when warnings are errors. A following non-ASCII character ends
// the token silently (CPython then fails in the parser with "invalid syntax").
func ScanNumber(src string) (n int, kind NumberKind, warn *NumberError, err error) {
	s := numScanner{src: src}
	kind, e := s.scan()
	if e != nil {
		return 0, 0, nil, e
	}
	return s.cur, kind, s.warn, nil
}

type numScanner struct {
	src  string
	cur  int
	warn *NumberError
}

const eof = -1

func (s *numScanner) next() int {
	if s.cur < len(s.src) {
		c := s.src[s.cur]
		s.cur++
		return int(c)
	}
	return eof // like tok_nextc at EOF: nothing consumed
}

func (s *numScanner) backup(c int) {
	if c != eof {
		s.cur--
	}
}

func (s *numScanner) errHere(msg string) *NumberError {
	return &NumberError{Msg: msg, Offset: s.cur, EndOffset: s.cur}
}

func isDigit(c int) bool { return '0' <= c && c <= '9' }

func isXDigit(c int) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// isIdentChar is CPython's is_potential_identifier_char as it behaves after a
// number in 3.11: non-ASCII bytes do not count (see ScanNumber).
func isIdentChar(c int) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || isDigit(c)
}

func (s *numScanner) lookahead(test string) bool {
	i := 0
	for {
		c := s.next()
		if i == len(test) {
			res := !isIdentChar(c)
			s.backup(c)
			s.cur -= i
			return res
		}
		if c == int(test[i]) {
			i++
			continue
		}
		s.backup(c)
		s.cur -= i
		return false
	}
}

// verifyEnd is CPython's verify_end_of_number: c is the character after the
// number (already consumed).
func (s *numScanner) verifyEnd(c int, kind string) error {
	r := false
	switch c {
	case 'a':
		r = s.lookahead("nd")
	case 'e':
		r = s.lookahead("lse")
	case 'f':
		r = s.lookahead("or")
	case 'i':
		c2 := s.next()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		s.backup(c2)
	case 'o':
		r = s.lookahead("r")
	case 'n':
		r = s.lookahead("ot")
	}
	if r {
		s.backup(c)
		if s.warn == nil {
			s.warn = s.errHere("invalid " + kind + " literal")
		}
		s.next()
		return nil
	}
	if isIdentChar(c) {
		s.backup(c)
		return s.errHere("invalid " + kind + " literal")
	}
	return nil
}

func (s *numScanner) decimalTail() (int, error) {
	for {
		c := s.next()
		for isDigit(c) {
			c = s.next()
		}
		if c != '_' {
			return c, nil
		}
		c = s.next()
		if !isDigit(c) {
			s.backup(c)
			return 0, s.errHere("invalid decimal literal")
		}
	}
}

func (s *numScanner) scan() (NumberKind, error) {
	c := s.next()
	if c == '.' {
		c = s.next()
		if !isDigit(c) {
			s.backup(c)
			return 0, s.errHere("invalid decimal literal")
		}
		return s.fraction(c)
	}
	if !isDigit(c) {
		s.backup(c)
		return 0, s.errHere("invalid decimal literal")
	}
	if c == '0' {
		c = s.next()
		switch c {
		case 'x', 'X':
			c = s.next()
			for {
				if c == '_' {
					c = s.next()
				}
				if !isXDigit(c) {
					s.backup(c)
					return 0, s.errHere("invalid hexadecimal literal")
				}
				for c = s.next(); isXDigit(c); c = s.next() {
				}
				if c != '_' {
					break
				}
			}
			if err := s.verifyEnd(c, "hexadecimal"); err != nil {
				return 0, err
			}
			s.backup(c)
			return IntNumber, nil
		case 'o', 'O':
			return s.radix(8, "octal")
		case 'b', 'B':
			return s.radix(2, "binary")
		}
		nonzero := false
		for {
			if c == '_' {
				c = s.next()
				if !isDigit(c) {
					s.backup(c)
					return 0, s.errHere("invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = s.next()
		}
		zerosEnd := s.cur
		if isDigit(c) {
			nonzero = true
			var err error
			if c, err = s.decimalTail(); err != nil {
				return 0, err
			}
		}
		switch {
		case c == '.':
			return s.fraction(s.next())
		case c == 'e' || c == 'E':
			return s.exponent(c, IntNumber)
		case c == 'j' || c == 'J':
			return s.imaginary()
		case nonzero:
			s.backup(c)
			return 0, &NumberError{Msg: MsgLeadingZeros, Offset: 1, EndOffset: zerosEnd}
		}
		if err := s.verifyEnd(c, "decimal"); err != nil {
			return 0, err
		}
		s.backup(c)
		return IntNumber, nil
	}
	c, err := s.decimalTail()
	if err != nil {
		return 0, err
	}
	if c == '.' {
		return s.fraction(s.next())
	}
	return s.afterFraction(c, IntNumber)
}

// radix scans the digits of 0o and 0b literals; the prefix is consumed.
func (s *numScanner) radix(base int, name string) (NumberKind, error) {
	top := '0' + base
	c := s.next()
	for {
		if c == '_' {
			c = s.next()
		}
		if c < '0' || c >= top {
			if isDigit(c) {
				return 0, s.errHere(fmt.Sprintf("invalid digit '%c' in %s literal", rune(c), name))
			}
			s.backup(c)
			return 0, s.errHere("invalid " + name + " literal")
		}
		for c = s.next(); '0' <= c && c < top; c = s.next() {
		}
		if c != '_' {
			break
		}
	}
	if isDigit(c) {
		return 0, s.errHere(fmt.Sprintf("invalid digit '%c' in %s literal", rune(c), name))
	}
	if err := s.verifyEnd(c, name); err != nil {
		return 0, err
	}
	s.backup(c)
	return IntNumber, nil
}

// fraction continues after the '.', c being the character after it.
func (s *numScanner) fraction(c int) (NumberKind, error) {
	if isDigit(c) {
		var err error
		if c, err = s.decimalTail(); err != nil {
			return 0, err
		}
	}
	return s.afterFraction(c, FloatNumber)
}

func (s *numScanner) afterFraction(c int, kind NumberKind) (NumberKind, error) {
	if c == 'e' || c == 'E' {
		return s.exponent(c, kind)
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if err := s.verifyEnd(c, "decimal"); err != nil {
		return 0, err
	}
	s.backup(c)
	return kind, nil
}

// exponent continues after the 'e'; kind is what the token is if the 'e'
// turns out not to belong to it.
func (s *numScanner) exponent(e int, kind NumberKind) (NumberKind, error) {
	c := s.next()
	if c == '+' || c == '-' {
		c = s.next()
		if !isDigit(c) {
			s.backup(c)
			return 0, s.errHere("invalid decimal literal")
		}
	} else if !isDigit(c) {
		s.backup(c)
		if err := s.verifyEnd(e, "decimal"); err != nil {
			return 0, err
		}
		s.backup(e)
		return kind, nil
	}
	c, err := s.decimalTail()
	if err != nil {
		return 0, err
	}
	if c == 'j' || c == 'J' {
		return s.imaginary()
	}
	if err := s.verifyEnd(c, "decimal"); err != nil {
		return 0, err
	}
	s.backup(c)
	return FloatNumber, nil
}

func (s *numScanner) imaginary() (NumberKind, error) {
	c := s.next()
	if err := s.verifyEnd(c, "imaginary"); err != nil {
		return 0, err
	}
	s.backup(c)
	return ImagNumber, nil
}

// checkToken scans tok and requires it to be one whole number token of kind.
func checkToken(tok string, want NumberKind) error {
	n, kind, _, err := ScanNumber(tok)
	if err != nil {
		return err
	}
	if n != len(tok) || kind != want {
		return &NumberError{Msg: "invalid syntax", Offset: n + 1, EndOffset: n + 1}
	}
	return nil
}

// DefaultMaxStrDigits is CPython 3.11's default limit on the digits of an int
// converted from decimal text (sys.get_int_max_str_digits()).
const DefaultMaxStrDigits = 4300

// ErrIntTooLong is wrapped by the error ParseIntMaxDigits returns for a decimal
// literal with too many digits (a SyntaxError in CPython, positioned at the
// line only: offset 0).
var ErrIntTooLong = errors.New("integer literal exceeds the digit limit")

type intTooLongError struct{ msg string }

func (e *intTooLongError) Error() string { return e.msg }
func (e *intTooLongError) Unwrap() error { return ErrIntTooLong }

// ParseInt returns the value of an int literal token (decimal, 0x, 0o, 0b,
// with underscores), with CPython's default limit of 4300 decimal digits. A
// malformed token gives the *NumberError the tokenizer would have given.
func ParseInt(tok string) (*big.Int, error) {
	return ParseIntMaxDigits(tok, DefaultMaxStrDigits)
}

// ParseIntMaxDigits is ParseInt with the limit of sys.set_int_max_str_digits
// (0: no limit). The limit applies to decimal literals only; a literal of
// zeros is always accepted, as CPython converts it without the check.
func ParseIntMaxDigits(tok string, maxDigits int) (*big.Int, error) {
	// Fast path: a short plain decimal such as 0 or 12345.
	if len(tok) > 0 && len(tok) <= 18 && (tok[0] != '0' || len(tok) == 1) {
		var v int64
		plain := true
		for i := 0; i < len(tok); i++ {
			c := tok[i]
			if c < '0' || c > '9' {
				plain = false
				break
			}
			v = v*10 + int64(c-'0')
		}
		if plain {
			return big.NewInt(v), nil
		}
	}
	if err := checkToken(tok, IntNumber); err != nil {
		return nil, err
	}
	digits := strings.ReplaceAll(tok, "_", "")
	base := 10
	if len(digits) > 1 && digits[0] == '0' {
		switch digits[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 10 {
			digits = digits[2:]
		}
	}
	if base == 10 && maxDigits > 0 && len(digits) > maxDigits && strings.Trim(digits, "0") != "" {
		return nil, &intTooLongError{fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: "+
			"value has %d digits; use sys.set_int_max_str_digits() to increase the limit - "+
			"Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxDigits, len(digits))}
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, &NumberError{Msg: "invalid syntax", Offset: 1, EndOffset: 1}
	}
	return v, nil
}

// ParseFloat returns the value of a float literal token ("1.5", "1e10", ".5",
// "1.", "1_0.0_1"), correctly rounded; too large values are inf and too small
// ones 0, as in CPython.
func ParseFloat(tok string) (float64, error) {
	if err := checkToken(tok, FloatNumber); err != nil {
		return 0, err
	}
	return parseDecimalFloat(strings.ReplaceAll(tok, "_", ""))
}

// ParseImag returns the imaginary part of an imaginary literal token ("2j",
// "1.5e3J", "09j").
func ParseImag(tok string) (float64, error) {
	if err := checkToken(tok, ImagNumber); err != nil {
		return 0, err
	}
	return parseDecimalFloat(strings.ReplaceAll(tok[:len(tok)-1], "_", ""))
}

func parseDecimalFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	var ne *strconv.NumError
	if err != nil && errors.As(err, &ne) && ne.Err == strconv.ErrRange {
		return f, nil // ±inf or 0, as CPython's strtod
	}
	if err != nil {
		return 0, &NumberError{Msg: "invalid syntax", Offset: 1, EndOffset: 1}
	}
	return f, nil
}
