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
// once under a name derived from its content. Every image is added before
// any field is rendered, so names are final when rendering asks for them.
type mediaSet struct {
	root   fs.FS
	byPath map[string]int   // notes.Media.Path → index in files, or -1
	errs   map[string]error // notes.Media.Path → why it could not be read
	byHash map[[32]byte]int // content → index in files
	files  []*mediaFile     // in order of first use
}

type mediaFile struct {
	name string // final name, see mediaName
	data []byte
	// shared marks a file shown by a deck description. Anki imports only
	// the media that note fields show, and the files whose names start
	// with "_"; such a file gets a "_" name.
	shared bool
}

func newMediaSet(root fs.FS) *mediaSet {
	return &mediaSet{root: root, byPath: map[string]int{}, errs: map[string]error{}, byHash: map[[32]byte]int{}}
}

// add reads the local images of a body the first time each path is seen,
// and records a diagnostic for every reference that cannot be embedded.
// description says the body is a deck description rather than a field.
func (s *mediaSet) add(b notes.Body, description bool) {
	for _, m := range b.Media {
		if m.Kind != notes.Local {
			continue // remote and data: URLs stay as written
		}
		i, seen := s.byPath[m.Path]
		if !seen {
			i = s.read(m)
		}
		if i < 0 {
			continue // rendering reports it, with MediaSrc's error
		}
		if description && !s.files[i].shared {
			s.files[i].shared = true
			s.files[i].name = "_" + s.files[i].name
		}
	}
}

func (s *mediaSet) read(m notes.Media) int {
	data, err := export.ReadMedia(s.root, m)
	if err != nil {
		s.byPath[m.Path] = -1
		s.errs[m.Path] = err
		return -1
	}
	sum := sha256.Sum256(data)
	i, dup := s.byHash[sum]
	if !dup {
		i = len(s.files)
		s.byHash[sum] = i
		s.files = append(s.files, &mediaFile{name: mediaName(m.Path, sum, data), data: data})
	}
	s.byPath[m.Path] = i
	return i
}

// src is the export.HTML MediaSrc hook: the stored name of a local image,
// or why it could not be read (the renderer then shows its alt text).
func (s *mediaSet) src(m notes.Media) (string, error) {
	if i, ok := s.byPath[m.Path]; ok && i >= 0 {
		return s.files[i].name, nil
	}
	if err := s.errs[m.Path]; err != nil {
		return "", err
	}
	return "", export.ErrNotLocal
}

// mediaName names a media file by its content: 32 hex digits of its
// SHA-256 and its extension, lower case. Such names are what Anki's
// normalisation leaves alone (no "/", "\", "..", no special characters,
// far below 120 bytes), and identical files get the same name, whatever
// they were called. A file without a usable extension gets one from its
// content when it is an image.
func mediaName(p string, sum [32]byte, data []byte) string {
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
