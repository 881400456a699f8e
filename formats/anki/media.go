package anki

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// mediaSet holds the local images of the notes being written, each stored
// once under a name derived from its content.
type mediaSet struct {
	root   fs.FS
	names  map[string]string // notes.Media.Path → stored name; "" when unreadable
	errs   map[string]error  // notes.Media.Path → why it could not be read
	files  []mediaFile       // in order of first use
	byName map[string]int    // stored name → index in files
	diags  []notes.Diagnostic
}

type mediaFile struct {
	name string
	data []byte
}

func newMediaSet(root fs.FS) *mediaSet {
	return &mediaSet{root: root, names: map[string]string{}, errs: map[string]error{}, byName: map[string]int{}}
}

// add reads the local images of a body the first time each path is seen,
// and records a diagnostic for every reference that cannot be embedded.
func (s *mediaSet) add(b notes.Body) {
	for _, m := range b.Media {
		if m.Kind != notes.Local {
			continue // remote and data: URLs stay as written
		}
		if _, seen := s.names[m.Path]; !seen {
			s.read(m)
		}
		if err := s.errs[m.Path]; err != nil {
			s.diags = append(s.diags, export.MediaDiagnostic(m, err))
		}
	}
}

func (s *mediaSet) read(m notes.Media) {
	data, err := export.ReadMedia(s.root, m)
	if err != nil {
		s.names[m.Path] = ""
		s.errs[m.Path] = err
		return
	}
	name := mediaName(m.Path, data)
	s.names[m.Path] = name
	if _, dup := s.byName[name]; !dup {
		s.byName[name] = len(s.files)
		s.files = append(s.files, mediaFile{name: name, data: data})
	}
}

// src is the export.HTML MediaSrc hook: the stored name of a local image.
// An image that could not be read keeps an empty src (its alt text shows);
// its diagnostic says why.
func (s *mediaSet) src(m notes.Media) string { return s.names[m.Path] }

// mediaName names a media file by its content: 32 hex digits of its
// SHA-256 and its extension, lower case. Such names are what Anki's
// normalisation leaves alone (no "/", "\", "..", no special characters,
// far below 120 bytes), and identical files get the same name. A file
// without a usable extension gets one from its content when it is an image.
func mediaName(p string, data []byte) string {
	sum := sha256.Sum256(data)
	name := hex.EncodeToString(sum[:16])
	if ext := cleanExt(path.Ext(p)); ext != "" {
		return name + ext
	}
	switch http.DetectContentType(data) {
	case "image/png":
		return name + ".png"
	case "image/jpeg":
		return name + ".jpg"
	case "image/gif":
		return name + ".gif"
	case "image/webp":
		return name + ".webp"
	case "image/bmp":
		return name + ".bmp"
	}
	if strings.HasPrefix(strings.TrimSpace(string(data[:min(len(data), 512)])), "<svg") {
		return name + ".svg"
	}
	return name
}

// cleanExt returns ext in lower case when it is a dot and 1 to 8 ASCII
// letters or digits, else "".
func cleanExt(ext string) string {
	if len(ext) < 2 || len(ext) > 9 {
		return ""
	}
	for _, c := range []byte(ext[1:]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return ""
		}
	}
	return strings.ToLower(ext)
}
