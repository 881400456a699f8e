package epub

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"

	goepub "github.com/go-shiori/go-epub"
)

// Where go-epub puts what it writes, inside the zip.
const (
	contentDir = "EPUB/"
	pageDir    = contentDir + "xhtml/"
	cssFile    = "book.css"
	coverImage = "cover.png"
	coverPage  = "cover.xhtml" // go-epub's name for the cover page
)

// errNetwork is what the book's HTTP client answers every request with.
var errNetwork = errors.New("epub: the book never uses the network")

// offline is an http.RoundTripper that refuses every request: go-epub
// fetches any asset given as a URL, and a book must not depend on the
// network, nor its export reach it.
type offline struct{}

func (offline) RoundTrip(*http.Request) (*http.Response, error) { return nil, errNetwork }

// write builds the book with go-epub and returns the zip it wrote. Assets
// are given as data: URLs, so that go-epub reads no file and fetches
// nothing.
func (b *builder) write(pages []page) ([]byte, error) {
	book, err := goepub.NewEpub(b.title)
	if err != nil {
		return nil, fmt.Errorf("epub: %w", err)
	}
	book.Client = &http.Client{Transport: offline{}}
	book.SetIdentifier(b.id)
	book.SetLang(b.lang)
	if b.author != "" {
		book.SetAuthor(b.author)
	}
	book.SetDescription(b.description())

	css, err := book.AddCSS(dataURL("text/css", []byte(styleSheet())), cssFile)
	if err != nil {
		return nil, fmt.Errorf("epub: adding the style sheet: %w", err)
	}
	for _, name := range b.images.names() {
		if _, err := book.AddImage(dataURL("image/"+imageMIME(name), b.images.files[name]), name); err != nil {
			return nil, fmt.Errorf("epub: adding image %s: %w", name, err)
		}
	}
	cover, err := book.AddImage(dataURL("image/png", b.cover()), coverImage)
	if err != nil {
		return nil, fmt.Errorf("epub: adding the cover: %w", err)
	}
	if err := book.SetCover(cover, ""); err != nil {
		return nil, fmt.Errorf("epub: adding the cover: %w", err)
	}
	for _, p := range pages {
		if p.parent == "" {
			_, err = book.AddSection(string(p.body), p.title, p.file, css)
		} else {
			_, err = book.AddSubSection(p.parent, string(p.body), p.title, p.file, css)
		}
		if err != nil {
			return nil, fmt.Errorf("epub: adding page %s: %w", p.file, err)
		}
	}
	var buf bytes.Buffer
	if _, err := book.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("epub: writing the book: %w", err)
	}
	return buf.Bytes(), nil
}

func dataURL(mime string, data []byte) string {
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// imageMIME returns the media subtype of an image file name of the book.
func imageMIME(name string) string {
	switch {
	case len(name) > 4 && name[len(name)-4:] == ".png":
		return "png"
	case len(name) > 4 && name[len(name)-4:] == ".gif":
		return "gif"
	}
	return "jpeg"
}
