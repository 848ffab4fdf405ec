package main

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// row is one program's line of the table.
type row struct {
	Name string
	Py   time.Duration // python3's best time; 0 if python3 never succeeded
	Mini time.Duration // minipy's best time; 0 if minipy never succeeded
	// Failure, when non-empty, says why the program is left out of the
	// mean: minipy failed or printed something else, or python3 failed.
	Failure string
}

// ok reports whether the row has a ratio that counts.
func (r row) ok() bool { return r.Failure == "" && r.Py > 0 && r.Mini > 0 }

// ratio is minipy's time over python3's.
func (r row) ratio() float64 { return r.Mini.Seconds() / r.Py.Seconds() }

// table prints rows aligned under a header, one program a line.
type table struct {
	w     io.Writer
	width int // of the program column
}

func newTable(w io.Writer, names []string) *table {
	width := len("program")
	for _, n := range names {
		width = max(width, len(n))
	}
	return &table{w: w, width: width}
}

func (t *table) header() {
	fmt.Fprintf(t.w, "%-*s  %9s  %9s  %14s\n", t.width, "program", "python3", "minipy", "minipy/python3")
}

func (t *table) line(r row) {
	fmt.Fprintf(t.w, "%-*s  %9s  %9s  ", t.width, r.Name, seconds(r.Py), seconds(r.Mini))
	if r.ok() {
		fmt.Fprintf(t.w, "%13.2fx\n", r.ratio())
		return
	}
	fmt.Fprintf(t.w, "%14s  %s\n", "FAIL", r.Failure)
}

func seconds(d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.3fs", d.Seconds())
}

// summary is what the table adds up to.
type summary struct {
	Geomean    float64 // of the ratios of the rows that are ok; NaN if none
	Measured   int     // rows that are ok
	Total      int
	Failed     []string // names of the rows that are not ok
	Worst      string   // the ok row with the highest ratio
	WorstRatio float64
}

func summarize(rows []row) summary {
	s := summary{Total: len(rows), Geomean: math.NaN()}
	var logSum float64
	for _, r := range rows {
		if !r.ok() {
			s.Failed = append(s.Failed, r.Name)
			continue
		}
		s.Measured++
		logSum += math.Log(r.ratio())
		if r.ratio() > s.WorstRatio {
			s.Worst, s.WorstRatio = r.Name, r.ratio()
		}
	}
	if s.Measured > 0 {
		s.Geomean = math.Exp(logSum / float64(s.Measured))
	}
	return s
}

func (s summary) String() string {
	var b strings.Builder
	if s.Measured == 0 {
		b.WriteString("geometric mean minipy/python3: none (no program measured)")
	} else {
		fmt.Fprintf(&b, "geometric mean minipy/python3: %.2fx over %d of %d programs; slowest %s %.2fx",
			s.Geomean, s.Measured, s.Total, s.Worst, s.WorstRatio)
	}
	if len(s.Failed) > 0 {
		fmt.Fprintf(&b, "\nnot measured (%d): %s", len(s.Failed), strings.Join(s.Failed, ", "))
	}
	return b.String()
}
