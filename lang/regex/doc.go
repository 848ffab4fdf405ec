// Package regex is the regular-expression engine behind minipy's re
// module: Python's syntax and matching rules (not Go's regexp, which has
// no backreferences, lookaround or Perl-style leftmost-first semantics).
//
// # Pipeline
//
// Compile parses a pattern (a slice of code points; a bytes pattern is
// one code point per byte) into a small tree (parse.go), checks it
// (lookbehind widths, group references), and lowers it to a program of
// instructions (compile.go). A Regexp is immutable after Compile and may
// be used by many threads; each match borrows a machine (its stacks) from
// a one-slot cache.
//
// # Matching
//
// The matcher (match.go) is a backtracking machine with an explicit
// stack of frames: alternatives still to try, capture and counter values
// to restore, and barriers for atomic groups and lookarounds. Go's own
// stack never grows with the subject, so a long subject cannot overflow
// it; only the nesting of the pattern is recursive, in the parser. The
// subject is a []byte (bytes, or a str that is all ASCII, where bytes and
// code points coincide) or a []rune (any other str); the machine is
// generic over the two.
//
// Semantics follow CPython 3.11's sre: the first alternative wins, a
// repeated group keeps its last iteration, an optional iteration of a
// loop that matched the empty string ends the loop (the required ones do
// not count, as sre sets its last_ptr only for optional iterations), a
// possessive repeat makes each iteration atomic as well as the whole,
// '$' matches before a final newline, IGNORECASE compares simple case
// foldings (ASCII only for bytes and re.ASCII), \w \d \s are Unicode
// classes for str and ASCII ones for bytes. Error messages and positions
// are CPython's; a conditional may name a group defined later (checked
// at the end of the pattern).
//
// One known difference: after an alternative fails inside a possessive
// repeat or an atomic group, this machine restores the captures it set,
// where sre (which saves marks only inside its REPEAT contexts) can leave
// a stale start or end behind, so a group may report an empty string where minipy
// reports None or an earlier iteration's text. tools/regex_diff.py finds
// such cases; with its exotic constructs off, it finds none.
//
// Searches skip ahead by what the pattern must start with: a literal
// prefix, or the set of possible first characters; an alternative or a
// loop iteration whose first characters cannot start at the position is
// not tried at all.
//
// # Interrupts
//
// A match counts its steps and calls the caller's poll function every
// few thousand of them, so catastrophic backtracking ((a*)*b against
// many a's) stays cancellable.
//
// This package imports only the Go standard library and
// lang/unicodedata; it knows nothing of the VM.
package regex
