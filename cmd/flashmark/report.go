package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// reporter prints what the notes' readers have to say, on standard error,
// as "file:line:col: severity: message", each thing once.
type reporter struct {
	w     io.Writer
	quiet bool // errors only
	// warningsAreErrors prints warnings under quiet too (check --strict).
	warningsAreErrors bool
	src               *notesSource
	// counts of what was found, printed or not
	errors, warnings, infos int
}

// pos formats a position with the file name as the user knows it.
func (r *reporter) pos(p notes.Position) string {
	if r.src != nil {
		p.Filename = r.src.display(p.Filename)
	}
	return p.String()
}

// diagnostics prints ds in file order, each distinct diagnostic once.
func (r *reporter) diagnostics(ds []notes.Diagnostic) {
	ds = uniqueDiagnostics(ds)
	for _, d := range ds {
		switch d.Severity {
		case notes.Info:
			r.infos++
		default:
			r.warnings++
		}
		if !r.quiet || r.warningsAreErrors && d.Severity >= notes.Warning {
			fmt.Fprintf(r.w, "%s: %s: %s\n", r.pos(d.Pos), d.Severity, d.Msg)
		}
	}
}

// uniqueDiagnostics returns the distinct diagnostics of ds in file order.
// Every exporter's summary repeats the deck's diagnostics, so a build with
// several outputs holds each of those several times.
func uniqueDiagnostics(ds []notes.Diagnostic) []notes.Diagnostic {
	seen := make(map[notes.Diagnostic]bool, len(ds))
	var out []notes.Diagnostic
	for _, d := range ds {
		if !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	export.SortDiagnostics(out)
	return out
}

// parseError reports the error of a parse. Errors in the notes (with a line)
// are printed like diagnostics and make exit status 1; any other, such as a
// file that cannot be read, is returned with exit status 2.
func (r *reporter) parseError(err error) error {
	var list []*notes.Error
	var one *notes.Error
	var many notes.ErrorList
	switch {
	case errors.As(err, &many):
		list = many
	case errors.As(err, &one):
		list = []*notes.Error{one}
	default:
		return &exitError{code: exitUsage, err: err}
	}
	for _, e := range list {
		if !e.Pos.IsValid() {
			if e.Pos.Filename != "" {
				return &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", r.pos(e.Pos), e.Err)}
			}
			return &exitError{code: exitUsage, err: e}
		}
	}
	for _, e := range list {
		r.errors++
		msg := e.Err.Error()
		if e.Detail != "" {
			msg += ": " + e.Detail
		}
		fmt.Fprintf(r.w, "%s: error: %s\n", r.pos(e.Pos), msg)
	}
	return &exitError{code: exitNotes}
}
