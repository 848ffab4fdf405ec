package unicodedata

import (
	_ "embed"
	"encoding/binary"
	"math"
)

//go:embed props.bin
var propsBin []byte

// Flag bits of record.flags; gen/gen.py writes them.
const (
	fPrintable = 1 << iota
	fSpace
	fAlpha
	fDecimal
	fDigit
	fNumeric
	fUpper
	fLower
	fTitle
	fCased
	fCaseIgnorable
	fXIDStart
	fXIDContinue
	fAlnum
	fLineBreak
)

const blockShift = 7 // 128 code points per block

// record is the set of properties shared by many code points. A case mapping
// m is a delta (m>>1) to add to the code point when m is even, else the index
// (m>>1) into special of a length followed by the mapped code points.
type record struct {
	cat      uint8
	ccc      uint8
	flags    uint16
	decimal  int8
	digit    int8
	numeric  uint16 // index into tables.numerics, 0 = none
	bidi     uint8  // index into bidiNames
	eawm     uint8  // index into eawNames, | eawMirrored
	upper    int32
	lower    int32
	title    int32
	casefold int32
}

type propTables struct {
	stage1   []uint16
	stage2   []uint16
	records  []record
	numerics []float64
	special  []rune
}

// props is built once at init and never written afterwards.
var props = decodeProps(propsBin)

func decodeProps(b []byte) *propTables {
	le := binary.LittleEndian
	nblocks, nrec := int(le.Uint32(b[0:])), int(le.Uint32(b[4:]))
	nnum, nspec := int(le.Uint32(b[8:])), int(le.Uint32(b[12:]))
	p := 16
	t := &propTables{}
	u16 := func(n int) []uint16 {
		s := make([]uint16, n)
		for i := range s {
			s[i] = le.Uint16(b[p:])
			p += 2
		}
		return s
	}
	t.stage1 = u16(0x110000 >> blockShift)
	t.stage2 = u16(nblocks << blockShift)
	t.records = make([]record, nrec)
	for i := range t.records {
		r := &t.records[i]
		r.cat = b[p]
		r.ccc = b[p+1]
		r.flags = le.Uint16(b[p+2:])
		r.decimal = int8(b[p+4])
		r.digit = int8(b[p+5])
		r.numeric = le.Uint16(b[p+6:])
		r.bidi = b[p+8]
		r.eawm = b[p+9]
		r.upper = int32(le.Uint32(b[p+12:]))
		r.lower = int32(le.Uint32(b[p+16:]))
		r.title = int32(le.Uint32(b[p+20:]))
		r.casefold = int32(le.Uint32(b[p+24:]))
		p += 28
	}
	t.numerics = make([]float64, nnum)
	for i := range t.numerics {
		t.numerics[i] = math.Float64frombits(le.Uint64(b[p:]))
		p += 8
	}
	t.special = make([]rune, nspec)
	for i := range t.special {
		t.special[i] = rune(le.Uint32(b[p:]))
		p += 4
	}
	if p != len(b) {
		panic("unicodedata: props.bin is corrupt; run go generate")
	}
	return t
}

// unassigned is the record of code points outside 0..0x10FFFF (category Cn,
// no properties, mapped to themselves).
var unassigned = record{eawm: 5} // east asian width F, as CPython for unassigned

func lookup(r rune) *record {
	if uint32(r) >= 0x110000 {
		return &unassigned
	}
	t := props
	blk := t.stage1[r>>blockShift]
	return &t.records[t.stage2[int(blk)<<blockShift|int(r&(1<<blockShift-1))]]
}

var categoryNames = [...]string{"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
	"No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk",
	"So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"}

var bidiNames = [...]string{"", "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
	"LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}

var eawNames = [...]string{"N", "Na", "A", "W", "H", "F"}

const eawMirrored = 0x80

// Bidirectional returns the bidirectional class of r, as
// unicodedata.bidirectional ("" for unassigned code points, as CPython).
func Bidirectional(r rune) string { return bidiNames[lookup(r).bidi] }

// EastAsianWidth returns the East Asian width of r, as unicodedata.east_asian_width.
func EastAsianWidth(r rune) string { return eawNames[lookup(r).eawm&^eawMirrored] }

// Mirrored reports the Bidi_Mirrored property, as unicodedata.mirrored.
func Mirrored(r rune) bool { return lookup(r).eawm&eawMirrored != 0 }

// Category returns the general category of r, as unicodedata.category ("Lu", "Cn", ...).
func Category(r rune) string { return categoryNames[lookup(r).cat] }

// Combining returns the canonical combining class of r, as unicodedata.combining.
func Combining(r rune) int { return int(lookup(r).ccc) }

// IsPrintable reports str.isprintable() for the one-character string r.
func IsPrintable(r rune) bool { return lookup(r).flags&fPrintable != 0 }

// IsSpace reports str.isspace() for r (White_Space, or bidirectional class WS, B, S).
func IsSpace(r rune) bool { return lookup(r).flags&fSpace != 0 }

// IsLineBreak reports whether str.splitlines() breaks a line at r (\n, \r,
// \v, \f, \x1c-\x1e, \x85, U+2028, U+2029: bidirectional class B or
// category Zl/Zp). A "\r\n" pair is one break; that is for the caller.
func IsLineBreak(r rune) bool { return lookup(r).flags&fLineBreak != 0 }

// IsAlpha reports str.isalpha() for r (categories Lm, Lt, Lu, Ll, Lo).
func IsAlpha(r rune) bool { return lookup(r).flags&fAlpha != 0 }

// IsAlnum reports str.isalnum() for r (alpha, decimal, digit or numeric).
func IsAlnum(r rune) bool { return lookup(r).flags&fAlnum != 0 }

// IsDecimal reports str.isdecimal() for r.
func IsDecimal(r rune) bool { return lookup(r).flags&fDecimal != 0 }

// IsDigit reports str.isdigit() for r.
func IsDigit(r rune) bool { return lookup(r).flags&fDigit != 0 }

// IsNumeric reports str.isnumeric() for r.
func IsNumeric(r rune) bool { return lookup(r).flags&fNumeric != 0 }

// IsUpper reports str.isupper() for the one-character string r (the Uppercase property).
func IsUpper(r rune) bool { return lookup(r).flags&fUpper != 0 }

// IsLower reports str.islower() for the one-character string r (the Lowercase property).
func IsLower(r rune) bool { return lookup(r).flags&fLower != 0 }

// IsTitle reports whether r is a titlecase letter (category Lt). Note that
// str.istitle() of a one-character string is IsTitle(r) || IsUpper(r).
func IsTitle(r rune) bool { return lookup(r).flags&fTitle != 0 }

// IsCased reports the Cased property (Lowercase, Uppercase or Lt), used by
// str.title(), str.istitle() and the final sigma rule.
func IsCased(r rune) bool { return lookup(r).flags&fCased != 0 }

// IsCaseIgnorable reports the Case_Ignorable property, used by the final sigma rule.
func IsCaseIgnorable(r rune) bool { return lookup(r).flags&fCaseIgnorable != 0 }

// IsIdentifierStart reports whether r may start an identifier: XID_Start or '_'
// (as str.isidentifier).
func IsIdentifierStart(r rune) bool { return lookup(r).flags&fXIDStart != 0 }

// IsIdentifierContinue reports whether r may continue an identifier (XID_Continue).
func IsIdentifierContinue(r rune) bool { return lookup(r).flags&fXIDContinue != 0 }

// Decimal returns the decimal digit value of r, as unicodedata.decimal.
func Decimal(r rune) (int, bool) {
	d := lookup(r).decimal
	return int(d), d >= 0
}

// Digit returns the digit value of r, as unicodedata.digit.
func Digit(r rune) (int, bool) {
	d := lookup(r).digit
	return int(d), d >= 0
}

// Numeric returns the numeric value of r, as unicodedata.numeric.
func Numeric(r rune) (float64, bool) {
	n := lookup(r).numeric
	if n == 0 {
		return 0, false
	}
	return props.numerics[n], true
}

// appendMapping appends the full case mapping m of r to dst.
func appendMapping(dst []rune, r rune, m int32) []rune {
	if m&1 == 0 {
		return append(dst, r+rune(m>>1))
	}
	sp := props.special[m>>1:]
	n := int(sp[0])
	return append(dst, sp[1:1+n]...)
}

// AppendUpper appends the full uppercase mapping of r (str.upper of one
// character, 'ß' -> "SS") to dst.
func AppendUpper(dst []rune, r rune) []rune { return appendMapping(dst, r, lookup(r).upper) }

// AppendLower appends the full lowercase mapping of r, without the final sigma
// rule (see Lower for strings).
func AppendLower(dst []rune, r rune) []rune { return appendMapping(dst, r, lookup(r).lower) }

// AppendTitle appends the full titlecase mapping of r.
func AppendTitle(dst []rune, r rune) []rune { return appendMapping(dst, r, lookup(r).title) }

// AppendCasefold appends the full case folding of r (str.casefold).
func AppendCasefold(dst []rune, r rune) []rune { return appendMapping(dst, r, lookup(r).casefold) }

// Upper returns the full uppercase mapping of r in a new slice.
func Upper(r rune) []rune { return AppendUpper(nil, r) }

// Lower returns the full lowercase mapping of r in a new slice.
func Lower(r rune) []rune { return AppendLower(nil, r) }

// Title returns the full titlecase mapping of r in a new slice.
func Title(r rune) []rune { return AppendTitle(nil, r) }

// Casefold returns the full case folding of r in a new slice.
func Casefold(r rune) []rune { return AppendCasefold(nil, r) }
