package export

import (
	"errors"
	"fmt"

	"github.com/flashmark/flashmark/notes"
)

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
