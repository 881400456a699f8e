package export

import (
	"errors"
	"io/fs"

	"github.com/flashmark/flashmark/notes"
)

// Errors of ReadMedia, wrapped with the media's position.
var (
	// ErrOutsideRoot reports a local image whose path leaves the notes' root.
	ErrOutsideRoot = errors.New("image path leaves the notes' root")
	// ErrNoRoot reports a local image when no media root was given.
	ErrNoRoot = errors.New("no media root given")
)

// ReadMedia reads a local image from root.
// TODO(export): refuse paths outside root.
func ReadMedia(root fs.FS, m notes.Media) ([]byte, error) {
	if root == nil {
		return nil, ErrNoRoot
	}
	return fs.ReadFile(root, m.Path)
}

// MediaDiagnostic turns a ReadMedia error into a diagnostic at the image.
func MediaDiagnostic(m notes.Media, err error) notes.Diagnostic {
	return notes.Diagnostic{Pos: m.Pos, Severity: notes.Warning, Msg: "image " + m.Ref + ": " + err.Error()}
}
