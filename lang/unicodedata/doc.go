// Package unicodedata holds the Unicode 14.0.0 character database exactly as
// CPython 3.11 sees it.
//
//   - Per character: Category, Bidirectional, EastAsianWidth, Mirrored,
//     Combining, Decimal, Digit, Numeric, Decomposition, and the predicates
//     behind the str methods (IsPrintable, IsSpace, IsAlpha, IsAlnum,
//     IsDecimal, IsDigit, IsNumeric, IsUpper, IsLower, IsTitle, IsCased,
//     IsCaseIgnorable, IsIdentifierStart, IsIdentifierContinue).
//   - Case: full mappings per character (Upper, Lower, Title, Casefold and
//     their Append forms, incl. special casing: 'ß' -> "SS") and whole-string
//     ToUpper, ToLower, ToTitle, Capitalize, SwapCase, CaseFold, which apply
//     the final sigma rule as CPython's str methods do.
//   - Names: Name, Lookup (\N{...}: names and aliases, case-insensitive, Hangul
//     syllables and CJK unified ideographs algorithmic), LookupNamedSequence.
//   - Normalization: NFC, NFD, NFKC (used by the parser on non-ASCII
//     identifiers), NFKD, IsNormalized.
//
// These functions are enough for a Python-level unicodedata module (minus
// ucd_3_2_0).
//
// The tables are not Go's unicode package (a newer Unicode version): gen/gen.py
// (`go generate`) produces them from python3's own unicodedata module and str
// methods, as little-endian binary files embedded with go:embed: props.bin
// (two-level table of property records, decoded at package initialization),
// decomp.bin and names.bin (zlib-compressed, decoded on first use). Name
// aliases and named sequences are taken from Perl's unicore/Name.pl (same
// Unicode version) and kept only where python3's unicodedata.lookup agrees.
// gen/digest.py writes testdata/props.md5, python3's view of every property of
// every code point, which the tests compare with these tables.
//
// Strings passed in and returned are WTF-8 (UTF-8 that may hold lone
// surrogates as 3-byte sequences), minipy's representation of a Python str.
//
// Invariants: all tables are immutable after construction; every function is
// safe for concurrent use and never panics, whatever the input (runes outside
// 0..0x10FFFF behave as unassigned).
//
// This is a leaf package: it imports only the Go standard library and must never
// import any other minipy package.
package unicodedata

//go:generate python3 gen/gen.py
//go:generate python3 gen/digest.py

// UnicodeVersion is the version of the Unicode database, as unicodedata.unidata_version.
const UnicodeVersion = "14.0.0"
