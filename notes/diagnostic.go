package notes

import (
	"cmp"
	"fmt"
	"slices"
)

// Severity grades a Diagnostic.
type Severity int

const (
	// Info is worth knowing and needs no action.
	Info Severity = iota
	// Warning points at something the author probably wants to fix; the
	// output is still complete.
	Warning
)

// String returns "info" or "warning".
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	}
	return fmt.Sprintf("Severity(%d)", int(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// A Diagnostic reports something about the notes that is not an error: an
// unanswered question, an unknown front-matter key, a missing image. The
// library returns diagnostics and never prints them.
type Diagnostic struct {
	Pos      Position `json:"pos"`
	Severity Severity `json:"severity"`
	Msg      string   `json:"msg"`
}

// String returns "file:line:col: severity: msg".
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Msg)
}

// sortDiagnostics sorts diagnostics by position, keeping the order of
// those at the same position. Diagnostics arrive in a few runs already in
// order (a file's, then the warnings about repeated questions, one a
// note), which it merges; it sorts a permutation otherwise, whose moves
// cost less than the diagnostics'.
func sortDiagnostics(ds []Diagnostic) {
	runs := []int{0}
	for i := 1; i < len(ds); i++ {
		if compareDiagnostics(ds[i-1], ds[i]) > 0 {
			runs = append(runs, i)
		}
	}
	switch {
	case len(runs) == 1:
		return
	case len(runs) <= 8:
		sorted := ds[:runs[1]:runs[1]]
		for k := 1; k < len(runs); k++ {
			end := len(ds)
			if k+1 < len(runs) {
				end = runs[k+1]
			}
			sorted = mergeDiagnostics(sorted, ds[runs[k]:end])
		}
		copy(ds, sorted)
		return
	}
	order := make([]int32, len(ds))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		if c := compareDiagnostics(ds[i], ds[j]); c != 0 {
			return c
		}
		return cmp.Compare(i, j)
	})
	sorted := make([]Diagnostic, len(ds))
	for i, k := range order {
		sorted[i] = ds[k]
	}
	copy(ds, sorted)
}

// compareDiagnostics orders diagnostics by position.
func compareDiagnostics(a, b Diagnostic) int {
	if positionLess(a.Pos, b.Pos) {
		return -1
	}
	if positionLess(b.Pos, a.Pos) {
		return 1
	}
	return 0
}

// mergeDiagnostics merges two sorted runs into a new slice, a's first
// where they tie.
func mergeDiagnostics(a, b []Diagnostic) []Diagnostic {
	out := make([]Diagnostic, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if compareDiagnostics(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}
