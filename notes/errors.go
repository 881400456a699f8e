package notes

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Errors that Parse reports, wrapped in an *Error with the position; test
// for them with errors.Is.
var (
	// ErrInvalidUTF8 reports bytes that are not UTF-8, often a file saved
	// in a legacy encoding such as GBK.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrUTF16 reports a file in UTF-16 (it starts with a UTF-16 byte order
	// mark).
	ErrUTF16 = errors.New("file is UTF-16; save it as UTF-8")
	// ErrNUL reports a NUL byte, which a text file does not contain.
	ErrNUL = errors.New("NUL byte in text")
	// ErrTooDeep reports nesting of block quotes, lists or indentation
	// beyond what the parser accepts; see MaxNesting.
	ErrTooDeep = errors.New("nesting too deep")
	// ErrDuplicateID reports two notes with the same ID.
	ErrDuplicateID = errors.New("duplicate note ID")
	// ErrBadID reports an explicit note ID that cannot be used.
	ErrBadID = errors.New("invalid note ID")
	// ErrFrontMatter reports front matter that cannot be read.
	ErrFrontMatter = errors.New("invalid front matter")
	// ErrBadParser reports a Parser field that cannot be used, such as a
	// NotesDir that leaves the media root.
	ErrBadParser = errors.New("invalid parser settings")
	// ErrNoFiles reports a ParseFS call that matched no Markdown file.
	ErrNoFiles = errors.New("no Markdown files")
	// ErrInternal reports a bug in flashmark or goldmark that the input
	// triggered; please report it with the input.
	ErrInternal = errors.New("internal error")
)

// Error is an error at a position in the notes.
type Error struct {
	Pos Position
	Err error
	// Detail says more than Err, e.g. which other note holds a duplicate ID.
	Detail string
}

// Error returns "file:line:col: err: detail".
func (e *Error) Error() string {
	s := e.Pos.String() + ": " + e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the underlying error, one of the Err* values or an I/O error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every error found in the notes, in file order. Parse returns
// one when it finds more than one error.
type ErrorList []*Error

// Error lists the errors one per line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

func (l ErrorList) sort() {
	sort.SliceStable(l, func(i, j int) bool { return positionLess(l[i].Pos, l[j].Pos) })
}

// err returns nil, the single error, or the list.
func (l ErrorList) err() error {
	switch len(l) {
	case 0:
		return nil
	case 1:
		return l[0]
	}
	l.sort()
	return l
}

func positionLess(a, b Position) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	return a.Offset < b.Offset
}

func errorf(pos Position, err error, format string, args ...any) *Error {
	return &Error{Pos: pos, Err: err, Detail: fmt.Sprintf(format, args...)}
}
