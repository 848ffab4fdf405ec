package unicodedata

import "testing"

// FuzzStrings checks that no input panics and that normalization is
// idempotent (NF*(NF*(s)) == NF*(s)), as Unicode guarantees.
func FuzzStrings(f *testing.F) {
	f.Add("Straße ΣΑΣ ﬁ 가각 e\u0301\u0323 \ud7a3")
	f.Add("HANGUL SYLLABLE GAG")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ToUpper(s), ToLower(s)
		_, _, _, _ = ToTitle(s), Capitalize(s), SwapCase(s), CaseFold(s)
		for _, norm := range []func(string) string{NFC, NFD, NFKC, NFKD} {
			n := norm(s)
			if norm(n) != n {
				t.Fatalf("not idempotent on %q: %q then %q", s, n, norm(n))
			}
		}
		_, _ = Lookup(s)
		_, _ = LookupNamedSequence(s)
	})
}
