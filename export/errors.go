package export

import (
	"errors"
	"fmt"

	"github.com/flashmark/flashmark/notes"
)

// ErrOtherKind reports that WriteFile refused to replace a file because it
// holds something of another kind than the output (the user's notes, a
// directory, the output of another format). ReplaceAnyKind overrides it.
var ErrOtherKind = errors.New("a file of another kind is in the way")

// ErrInternal reports a failure of flashmark or of a library it uses,
// recovered from a panic: a bug to report, never the notes' fault. The
// error that wraps it names the position of what was being processed when
// it is known. It is notes.ErrInternal, so one errors.Is test covers
// parsing and exporting.
var ErrInternal = notes.ErrInternal

// Errors of ReadMedia, wrapped in a *MediaError; test for them with
// errors.Is.
var (
	// ErrOutsideRoot reports a local image whose path leaves the notes'
	// root: "../x.png", an absolute path, or a symbolic link pointing out
	// of the root.
	ErrOutsideRoot = errors.New("image path leaves the notes' root")
	// ErrNoRoot reports a local image when no media root was given.
	ErrNoRoot = errors.New("no media root given")
	// ErrNotLocal reports an image that is not a local file (a URL or a
	// data: URL), which ReadMedia does not fetch.
	ErrNotLocal = errors.New("image is not a local file")
)

// A MediaError is an error reading an image of the notes: where the image
// is referenced, the reference, and what went wrong.
type MediaError struct {
	Media notes.Media
	Err   error
}

// Error returns "export: file:line:col: image REF: reason".
func (e *MediaError) Error() string {
	return fmt.Sprintf("export: %s: image %s: %v", e.Media.Pos, e.Media.Ref, e.Err)
}

// Unwrap returns the reason, such as ErrOutsideRoot or an error that
// wraps fs.ErrNotExist.
func (e *MediaError) Unwrap() error { return e.Err }

// Recover turns a panic into an error wrapping ErrInternal, stored in
// *err, for functions that run code of flashmark or of its dependencies on
// notes' input: "defer export.Recover(&err, where)", where says what was
// being done ("pdf: note k8s.md:12:1"). Without a panic it does nothing.
// Every goroutine flashmark starts defers it, so that no panic ends the
// program.
func Recover(err *error, where string) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("%s: %w: %v", where, ErrInternal, p)
	}
}
