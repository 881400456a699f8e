package epub

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// ErrImageType reports an image the book cannot hold: EPUB readers must
// show PNG, JPEG and GIF images, and need not show others.
var ErrImageType = errors.New("epub: not a PNG, JPEG or GIF image")

// imageDir is where pages find the book's images: go-epub stores them in
// EPUB/images, beside the pages in EPUB/xhtml.
const imageDir = "../images/"

// images are the images of the book, stored once each under a name made
// from a hash of their bytes, so that the same images give the same names
// in any order. An images is safe for concurrent use.
type images struct {
	root fs.FS

	mu     sync.Mutex
	byPath map[string]imageResult // local path to its src, or why not
	files  map[string][]byte      // file name to content
}

type imageResult struct {
	src string
	err error
}

func newImages(root fs.FS) *images {
	return &images{root: root, byPath: make(map[string]imageResult), files: make(map[string][]byte)}
}

// local returns the src of the local image m, reading it from the root
// the first time: export.HTML's MediaSrc.
func (im *images) local(m notes.Media) (string, error) {
	im.mu.Lock()
	r, ok := im.byPath[m.Path]
	im.mu.Unlock()
	if ok && m.Path != "" {
		return r.src, r.err
	}
	data, err := export.ReadMedia(im.root, m)
	if err == nil {
		r.src, r.err = im.add(data)
	} else {
		r.err = err
	}
	im.mu.Lock()
	im.byPath[m.Path] = r
	im.mu.Unlock()
	return r.src, r.err
}

// dataURL stores the image of a data: URL and returns its src.
func (im *images) dataURL(u string) (string, error) {
	data, err := decodeDataURL(u)
	if err != nil {
		return "", err
	}
	return im.add(data)
}

// add stores an image and returns its src.
func (im *images) add(data []byte) (string, error) {
	ext := imageExt(data)
	if ext == "" {
		return "", ErrImageType
	}
	sum := sha256.Sum256(data)
	name := "img-" + hex.EncodeToString(sum[:8]) + ext
	im.mu.Lock()
	im.files[name] = data
	im.mu.Unlock()
	return imageDir + name, nil
}

// names returns the file names of the images, sorted.
func (im *images) names() []string {
	im.mu.Lock()
	defer im.mu.Unlock()
	names := make([]string, 0, len(im.files))
	for n := range im.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// imageExt returns the file extension of a PNG, JPEG or GIF image, from
// its first bytes, or "".
func imageExt(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return ".png"
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return ".jpg"
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return ".gif"
	}
	return ""
}

var errDataURL = errors.New("epub: malformed data: URL")

// decodeDataURL returns the bytes of a data: URL (RFC 2397).
func decodeDataURL(u string) ([]byte, error) {
	if len(u) < 5 || !strings.EqualFold(u[:5], "data:") {
		return nil, errDataURL
	}
	meta, payload, ok := strings.Cut(u[5:], ",")
	if !ok {
		return nil, errDataURL
	}
	raw, err := url.PathUnescape(payload)
	if err != nil {
		return nil, errDataURL
	}
	if !strings.HasSuffix(strings.ToLower(meta), ";base64") {
		return []byte(raw), nil
	}
	raw = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return r
	}, raw)
	data, err := base64.StdEncoding.DecodeString(raw)
	if err != nil {
		data, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(raw, "="))
	}
	if err != nil {
		return nil, errDataURL
	}
	return data, nil
}
