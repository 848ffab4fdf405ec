package regex

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"minipy/internal/pyref"
)

type testCase struct {
	Pattern   string  `json:"pattern"`
	Subject   string  `json:"subject"`
	Flags     Flags   `json:"flags"`
	Mode      string  `json:"mode"`
	Pos       int     `json:"pos"`
	Endpos    *int    `json:"endpos"`
	Bytes     bool    `json:"bytes"`
	Spans     [][]int `json:"spans"`
	LastIndex int     `json:"lastindex"`
	Error     *Error  `json:"error"`
}

func (e *Error) UnmarshalJSON(b []byte) error {
	var v struct {
		Msg  string `json:"msg"`
		Pos  int    `json:"pos"`
		Kind string `json:"kind"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*e = Error{Msg: v.Msg, Pos: v.Pos, Kind: v.Kind}
	return nil
}

func loadCases(t *testing.T) []testCase {
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []testCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

// runCase matches one case as the re module does (pos and endpos
// clamped) and returns the spans (nil: no match).
func runCase(c testCase) ([][]int, int, *Error, error) {
	var re *Regexp
	var cerr *Error
	if c.Bytes {
		re, cerr = Compile(latin1Runes(c.Subject0(c.Pattern)), true, c.Flags)
	} else {
		re, cerr = Compile([]rune(c.Pattern), false, c.Flags)
	}
	if cerr != nil {
		return nil, 0, cerr, nil
	}
	var subj []rune
	if c.Bytes {
		subj = latin1Runes(c.Subject)
	} else {
		subj = []rune(c.Subject)
	}
	end := len(subj)
	if c.Endpos != nil && *c.Endpos < end {
		end = max(*c.Endpos, 0)
	}
	pos := min(max(c.Pos, 0), len(subj))
	mode := map[string]Mode{"search": Search, "match": Match, "fullmatch": FullMatch}[c.Mode]
	caps := make([]int, 2*(re.Groups+1))
	var last int
	var ok bool
	var err error
	opt := &Options{Mode: mode}
	if c.Bytes || isASCII(subj) {
		b := make([]byte, len(subj))
		for i, r := range subj {
			b[i] = byte(r)
		}
		last, ok, err = re.MatchBytes(b, pos, max(end, 0), opt, caps)
	} else {
		last, ok, err = re.MatchRunes(subj, pos, max(end, 0), opt, caps)
	}
	if err != nil || !ok {
		return nil, 0, nil, err
	}
	var spans [][]int
	for i := 0; i+1 < len(caps); i += 2 {
		spans = append(spans, []int{caps[i], caps[i+1]})
	}
	return spans, last, nil, nil
}

func (c testCase) Subject0(s string) string { return s }

func latin1Runes(s string) []rune { return []rune(s) }

func isASCII(rs []rune) bool {
	for _, r := range rs {
		if r >= 128 {
			return false
		}
	}
	return true
}

func TestCases(t *testing.T) {
	for _, c := range loadCases(t) {
		name := fmt.Sprintf("%q~%q/%d/%s", c.Pattern, c.Subject, c.Flags, c.Mode)
		spans, last, cerr, err := runCase(c)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if c.Error != nil {
			if cerr == nil || *cerr != *c.Error {
				t.Errorf("%s: error %+v, want %+v", name, cerr, c.Error)
			}
			continue
		}
		if cerr != nil {
			t.Errorf("%s: unexpected error %v", name, cerr)
			continue
		}
		if !reflect.DeepEqual(spans, c.Spans) {
			t.Errorf("%s: spans %v, want %v", name, spans, c.Spans)
			continue
		}
		if spans != nil && last != c.LastIndex {
			t.Errorf("%s: lastindex %d, want %d", name, last, c.LastIndex)
		}
	}
}

// TestCasesFresh checks that testdata/cases.json is what the generator
// prints with this machine's python3.
func TestCasesFresh(t *testing.T) {
	py := pyref.Require(t)
	root, err := pyref.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join(root, "tools", "gen_regex_cases.py")).Output()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, data) {
		t.Fatal("testdata/cases.json is stale: python3 tools/gen_regex_cases.py > lang/regex/testdata/cases.json")
	}
}

// TestLongSubject checks that the machine's depth does not grow Go's
// stack with the subject (general loops keep a backtrack entry per
// iteration on the explicit stack).
func TestLongSubject(t *testing.T) {
	s := bytes.Repeat([]byte("ab"), 300000)
	s = append(s, 'c')
	for _, pat := range []string{`(?:a|b)*c`, `(a|b)*c`, `(?:ab|b)*?c`, `(?:(?=a)a|b)+c`} {
		re, err := Compile([]rune(pat), false, 0)
		if err != nil {
			t.Fatal(err)
		}
		caps := make([]int, 2*(re.Groups+1))
		_, ok, merr := re.MatchBytes(s, 0, len(s), &Options{Mode: Match}, caps)
		if merr != nil || !ok || caps[1] != len(s) {
			t.Fatalf("%s: got %v %v %v", pat, ok, caps, merr)
		}
	}
}

// TestInterrupt checks that catastrophic backtracking polls.
func TestInterrupt(t *testing.T) {
	re, err := Compile([]rune(`(a*)*b`), false, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := bytes.Repeat([]byte("a"), 40)
	deadline := time.Now().Add(50 * time.Millisecond)
	polls := 0
	_, _, merr := re.MatchBytes(s, 0, len(s), &Options{Poll: PollFunc(func() bool {
		polls++
		return time.Now().Before(deadline)
	})}, make([]int, 4))
	if merr != ErrInterrupted {
		t.Fatalf("got %v after %d polls", merr, polls)
	}
}

func FuzzRegex(f *testing.F) {
	for _, s := range []string{`a*b`, `(a|b)*?c`, `(?<=ab)c`, `(?P<x>a)(?P=x)`, `[^a-z]+`, `(?i)\w+\b`, `(a*)*$`, `(?(1)a|b)`, `(?>a+)`} {
		f.Add(s, "aabbcab ABC 123")
	}
	f.Fuzz(func(t *testing.T, pat, subj string) {
		if len(pat) > 100 || len(subj) > 200 {
			return
		}
		for _, fl := range []Flags{0, FlagIgnoreCase | FlagMultiline, FlagDotAll | FlagVerbose} {
			re, err := Compile([]rune(pat), false, fl)
			if err != nil {
				continue
			}
			steps := 0
			poll := PollFunc(func() bool { steps++; return steps < 200 })
			rs := []rune(subj)
			caps := make([]int, 2*(re.Groups+1))
			for _, mode := range []Mode{Search, Match, FullMatch} {
				re.MatchRunes(rs, 0, len(rs), &Options{Mode: mode, Poll: poll}, caps)
				re.MatchRunes(rs, 0, len(rs), &Options{Mode: mode, Poll: poll, MustAdvance: true}, caps)
			}
			b := []byte(subj)
			re2, err := Compile([]rune(pat), true, fl&^FlagUnicode)
			if err == nil {
				re2.MatchBytes(b, 0, len(b), &Options{Poll: poll}, make([]int, 2*(re2.Groups+1)))
			}
		}
	})
}

// TestConcurrentUse matches one Regexp from several goroutines: each match
// takes its own machine (the one-slot cache is an atomic swap).
func TestConcurrentUse(t *testing.T) {
	re, err := Compile([]rune(`(\w+)@(\w+)\.com`), false, 0)
	if err != nil {
		t.Fatal(err)
	}
	subj := []byte("write to joe@example.com or ann@host.com")
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			caps := make([]int, 2*(re.Groups+1))
			for i := 0; i < 2000; i++ {
				_, found, _ := re.MatchBytes(subj, 0, len(subj), &Options{}, caps)
				ok = ok && found && caps[2] == 9 && caps[3] == 12
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("a concurrent match went wrong")
		}
	}
}
