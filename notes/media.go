package notes

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// MediaKind tells where an image lives.
type MediaKind int

const (
	// Local media is a file beside the notes.
	Local MediaKind = iota
	// Remote media is a URL with a scheme, such as https://.
	Remote
	// Data media is a data: URL holding the image itself.
	Data
)

// String returns "local", "remote" or "data".
func (k MediaKind) String() string {
	switch k {
	case Local:
		return "local"
	case Remote:
		return "remote"
	case Data:
		return "data"
	}
	return "MediaKind(?)"
}

// MarshalText implements encoding.TextMarshaler.
func (k MediaKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Media is an image that a note shows.
type Media struct {
	// Ref is the image reference as written.
	Ref string `json:"ref"`
	// Kind tells a local file from a URL.
	Kind MediaKind `json:"kind"`
	// Path is where a Local image is, as a slash-separated path relative to
	// the root of the notes: the directory of the file given to Parse, or
	// the file system given to ParseFS, or the root above them that
	// Parser.NotesDir names. It is cleaned and percent-decoded.
	// It starts with "../" or "/" when the reference leaves the root or is
	// absolute; exporters refuse such paths (see fs.ValidPath). It is empty
	// for other kinds, and for a reference that names no file ("", "#x").
	Path string `json:"path,omitempty"`
	// Alt is the image's alternative text.
	Alt string `json:"alt,omitempty"`
	// Raw reports an image written as a raw HTML <img> tag rather than
	// in Markdown.
	Raw bool     `json:"raw,omitempty"`
	Pos Position `json:"pos"`

	node ast.Node // the *ast.Image, or the raw HTML holding the <img>
}

// classifyMedia fills Kind and Path for a reference written in a file whose
// directory, relative to the root, is dir.
func classifyMedia(ref, dir string) (MediaKind, string) {
	if ref == "" || ref[0] == '#' || ref[0] == '?' {
		return Local, "" // no file named: nothing to read
	}
	if scheme, _, ok := strings.Cut(ref, ":"); ok && isScheme(scheme) {
		if strings.EqualFold(scheme, "data") {
			return Data, ""
		}
		return Remote, ""
	}
	if strings.HasPrefix(ref, "//") {
		return Remote, "" // scheme-relative URL
	}
	p := ref
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	p = strings.ReplaceAll(p, "\\", "/")
	if strings.HasPrefix(p, "/") {
		return Local, path.Clean(p) // absolute: outside any root
	}
	return Local, path.Join(dir, p)
}

// isScheme reports whether s is a URL scheme of two or more letters; one
// letter is a Windows drive ("C:").
func isScheme(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.'):
		default:
			return false
		}
	}
	return true
}

// mayHaveImage reports whether source text may show an image, Markdown
// ("![") or raw HTML ("<img", in any case), so that most bodies skip the
// walk looking for one: "<" alone is common in code and prose.
func mayHaveImage(md []byte) bool {
	if bytes.Contains(md, []byte("![")) {
		return true
	}
	for i := bytes.IndexByte(md, '<'); i >= 0 && i+4 <= len(md); {
		if md[i+1]|0x20 == 'i' && md[i+2]|0x20 == 'm' && md[i+3]|0x20 == 'g' {
			return true
		}
		j := bytes.IndexByte(md[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// collectMedia lists the images of a tree: Markdown images and the <img>
// tags of raw HTML, each tied to its node.
func collectMedia(root ast.Node, src []byte, dir string, pos func(int) Position) []Media {
	var media []Media
	add := func(n ast.Node, ref string, alt string, raw bool, offset int) {
		kind, p := classifyMedia(ref, dir)
		media = append(media, Media{Ref: ref, Kind: kind, Path: p, Alt: alt, Raw: raw, Pos: pos(offset), node: n})
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			add(n, string(n.Destination), plainText(n, src), false, n.Pos())
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			for i := range n.Segments.Len() {
				seg := n.Segments.At(i)
				for _, img := range rawImages(seg.Value(src)) {
					add(n, img.src, img.alt, true, seg.Start+img.offset)
				}
			}
		case *ast.HTMLBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				for _, img := range rawImages(seg.Value(src)) {
					add(n, img.src, img.alt, true, seg.Start+img.offset)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return media
}
