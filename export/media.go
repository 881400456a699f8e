package export

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/flashmark/flashmark/notes"
)

// ReadMedia reads the local image m from root, the directory of the notes.
//
// It refuses, without opening anything, an image that is not local
// (ErrNotLocal) and a path that is not a valid path inside root in the
// sense of fs.ValidPath, such as "../x.png" or "/etc/passwd"
// (ErrOutsideRoot). A nil root gives ErrNoRoot and a missing file an error
// that wraps fs.ErrNotExist. Errors are *MediaError values naming the
// image's position.
//
// When root can read symbolic links (fs.ReadLinkFS, as os.DirFS can),
// ReadMedia follows them itself and refuses one that points outside root.
// The best root is (*os.Root).FS() of the notes' directory, os.OpenRoot(dir):
// it cannot be escaped by links or by files renamed while ReadMedia runs.
func ReadMedia(root fs.FS, m notes.Media) ([]byte, error) {
	fail := func(err error) ([]byte, error) { return nil, &MediaError{Media: m, Err: err} }
	if m.Kind != notes.Local {
		return fail(ErrNotLocal)
	}
	if m.Path == "" {
		return fail(fmt.Errorf("the reference names no file: %w", fs.ErrNotExist))
	}
	if !fs.ValidPath(m.Path) {
		return fail(ErrOutsideRoot)
	}
	if root == nil {
		return fail(ErrNoRoot)
	}
	name := m.Path
	if lfs, ok := root.(fs.ReadLinkFS); ok {
		resolved, err := resolveLinks(lfs, name)
		if err != nil {
			return fail(err)
		}
		name = resolved
	}
	data, err := fs.ReadFile(root, name)
	if err != nil {
		return fail(err)
	}
	return data, nil
}

// maxLinks bounds the symbolic links followed for one path, as operating
// systems do, so that a loop of links ends.
const maxLinks = 40

// resolveLinks returns name with every symbolic link along it replaced by
// its target, or ErrOutsideRoot when a target is absolute or leads out of
// the root.
func resolveLinks(fsys fs.ReadLinkFS, name string) (string, error) {
	links := 0
	done := "." // the resolved part, a valid path
	rest := name
	for rest != "" {
		var elem string
		elem, rest, _ = strings.Cut(rest, "/")
		next := path.Join(done, elem)
		if !fs.ValidPath(next) {
			return "", ErrOutsideRoot
		}
		info, err := fsys.Lstat(next)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = next
			continue
		}
		if links++; links > maxLinks {
			return "", fmt.Errorf("%s: too many symbolic links", name)
		}
		target, err := fsys.ReadLink(next)
		if err != nil {
			return "", err
		}
		target = strings.ReplaceAll(target, "\\", "/")
		if path.IsAbs(target) || len(target) > 1 && target[1] == ':' {
			return "", ErrOutsideRoot // absolute, or a Windows drive
		}
		// Resolve the target relative to the link's directory, then go on
		// with what is left of the path.
		joined := path.Join(done, target)
		if !fs.ValidPath(joined) {
			return "", ErrOutsideRoot
		}
		if rest != "" {
			rest = joined + "/" + rest
		} else {
			rest = joined
		}
		done = "."
	}
	return done, nil
}

// MediaDiagnostic turns a ReadMedia error into a warning at the image, for
// an exporter that leaves the image out and goes on.
func MediaDiagnostic(m notes.Media, err error) notes.Diagnostic {
	var me *MediaError
	if errors.As(err, &me) {
		err = me.Err
	}
	var msg string
	switch {
	case err == nil:
		msg = fmt.Sprintf("image %s left out", m.Ref)
	case errors.Is(err, ErrOutsideRoot):
		msg = fmt.Sprintf("image %s left out: its path leaves the notes' directory", m.Ref)
	case errors.Is(err, ErrNoRoot):
		msg = fmt.Sprintf("image %s left out: no media directory given", m.Ref)
	case errors.Is(err, ErrNotLocal):
		msg = fmt.Sprintf("image %s left out: not a local file", m.Ref)
	case errors.Is(err, fs.ErrNotExist):
		msg = fmt.Sprintf("image %s left out: file %s not found", m.Ref, m.Path)
	default:
		msg = fmt.Sprintf("image %s left out: %v", m.Ref, err)
	}
	return notes.Diagnostic{Pos: m.Pos, Severity: notes.Warning, Msg: msg}
}
