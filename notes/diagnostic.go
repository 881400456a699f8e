package notes

import "fmt"

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
