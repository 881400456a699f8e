package epub

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
	"strings"
	"time"
)

// ErrBrokenBook reports that go-epub wrote a book without something it was
// given (it logs some write errors instead of returning them): Export
// fails rather than write a broken book.
var ErrBrokenBook = errors.New("epub: go-epub wrote an incomplete book")

const (
	mimetypeName = "mimetype"
	mimetype     = "application/epub+zip"
	containerXML = "META-INF/container.xml"
	packageOPF   = contentDir + "package.opf"
	navXHTML     = contentDir + "nav.xhtml"
	tocNCX       = contentDir + "toc.ncx"
)

// repack reads back the zip go-epub wrote, checks that it holds every
// page, image and style sheet it was given, and writes it again to w,
// deterministic and finished:
//   - entries in a fixed order, mimetype first and stored, every entry
//     dated b.time, no extra fields (go-epub's dates are zero, its order
//     that of a directory walk);
//   - the package document's dcterms:modified set from b.time instead of
//     the clock, a dc:date added, its manifest sorted (go-epub lists
//     images in map order);
//   - the navigation document replaced (see nav);
//   - lang and xml:lang on every page;
//   - the NCX's dtb:uid, which go-epub loses, restored.
func (b *builder) repack(w io.Writer, written []byte, pages []page) error {
	zr, err := zip.NewReader(bytes.NewReader(written), int64(len(written)))
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBrokenBook, err)
	}
	files := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		files[f.Name] = f
	}
	want := []string{mimetypeName, containerXML, packageOPF, navXHTML, tocNCX,
		contentDir + "css/" + cssFile, contentDir + "images/" + coverImage, pageDir + coverPage}
	for _, name := range b.images.names() {
		want = append(want, contentDir+"images/"+name)
	}
	bodies := make(map[string][]byte, len(pages))
	for _, p := range pages {
		want = append(want, pageDir+p.file)
		bodies[pageDir+p.file] = p.body
	}
	for _, name := range want {
		if files[name] == nil {
			return fmt.Errorf("%w: %s is missing", ErrBrokenBook, name)
		}
	}

	names := make([]string, 0, len(files))
	for name := range files {
		if name != mimetypeName {
			names = append(names, name)
		}
	}
	sort.Slice(names, func(i, j int) bool { return entryOrder(names[i], names[j]) })

	zw := zip.NewWriter(w)
	date, tm := msDOSTime(b.time)
	mt, err := read(files[mimetypeName])
	if err != nil || string(mt) != mimetype {
		return fmt.Errorf("%w: bad mimetype entry", ErrBrokenBook)
	}
	if err := writeEntry(zw, mimetypeName, mt, zip.Store, date, tm); err != nil {
		return err
	}
	for _, name := range names {
		f := files[name]
		var content []byte
		switch {
		case name == navXHTML:
			content = b.nav()
		case name == packageOPF, name == tocNCX, strings.HasPrefix(name, pageDir):
			if content, err = read(f); err != nil {
				return fmt.Errorf("%w: %s: %v", ErrBrokenBook, name, err)
			}
			if content, err = b.fix(name, content, bodies[name], pages); err != nil {
				return err
			}
		default:
			if err := copyEntry(zw, f, date, tm); err != nil {
				return err
			}
			continue
		}
		if err := writeEntry(zw, name, content, zip.Deflate, date, tm); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	return nil
}

// entryOrder sorts the container and the package document first, then
// the rest by name.
func entryOrder(a, b string) bool {
	rank := func(s string) int {
		switch s {
		case containerXML:
			return 0
		case packageOPF:
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a < b
}

// fix returns an entry of go-epub's book made final; body is what the page
// was given, which it must hold.
func (b *builder) fix(name string, content, body []byte, pages []page) ([]byte, error) {
	switch name {
	case packageOPF:
		return b.fixPackage(content, pages)
	case tocNCX:
		return b.fixNCX(content)
	}
	if body != nil && !bytes.Contains(content, body) {
		return nil, fmt.Errorf("%w: %s does not hold its page", ErrBrokenBook, name)
	}
	const root = `<html xmlns="http://www.w3.org/1999/xhtml"`
	i := bytes.Index(content, []byte(root))
	if i < 0 {
		return nil, fmt.Errorf("%w: %s has no html element", ErrBrokenBook, name)
	}
	out := make([]byte, 0, len(content)+64)
	out = append(out, content[:i+len(root)]...)
	out = b.appendLang(out)
	rest := content[i+len(root):]
	if strings.HasSuffix(name, "/"+coverPage) {
		// go-epub's cover page describes its image in English.
		alt := appendEscaped([]byte(`alt="`), b.title, true)
		rest = bytes.Replace(rest, []byte(`alt="Cover Image"`), append(alt, '"'), 1)
	}
	return append(out, rest...), nil
}

// fixPackage sets the dates of the package document, sorts its manifest,
// and checks it lists every page in reading order and every image.
func (b *builder) fixPackage(opf []byte, pages []page) ([]byte, error) {
	s := string(opf)
	stamp := b.time.Format("2006-01-02T15:04:05Z")
	const modOpen = `<meta property="dcterms:modified">`
	i := strings.Index(s, modOpen)
	j := strings.Index(s[max(i, 0):], "</meta>")
	lang := strings.Index(s, "</dc:language>")
	mStart := strings.Index(s, "<manifest>")
	mEnd := strings.Index(s, "</manifest>")
	if i < 0 || j < 0 || lang < 0 || lang > i || mStart < i || mEnd < mStart {
		return nil, fmt.Errorf("%w: unexpected package document", ErrBrokenBook)
	}
	j += i
	lang += len("</dc:language>")
	items := strings.Split(strings.TrimSpace(s[mStart+len("<manifest>"):mEnd]), "\n")
	for k := range items {
		items[k] = strings.TrimSpace(items[k])
	}
	sort.Strings(items)
	manifest := "\n    " + strings.Join(items, "\n    ") + "\n  "

	var out strings.Builder
	out.WriteString(s[:lang])
	out.WriteString("\n    <dc:date>" + stamp + "</dc:date>")
	out.WriteString(s[lang : i+len(modOpen)])
	out.WriteString(stamp)
	out.WriteString(s[j : mStart+len("<manifest>")])
	out.WriteString(manifest)
	out.WriteString(s[mEnd:])
	res := out.String()

	spine := res[strings.Index(res, "<spine"):]
	at := 0
	for _, p := range pages {
		k := strings.Index(spine[at:], `<itemref idref="`+p.file+`"`)
		if k < 0 || !strings.Contains(res, `href="xhtml/`+p.file+`"`) {
			return nil, fmt.Errorf("%w: %s missing from the package document or out of order", ErrBrokenBook, p.file)
		}
		at += k
	}
	for _, name := range b.images.names() {
		if !strings.Contains(res, `href="images/`+name+`" media-type="image/`+imageMIME(name)+`"`) {
			return nil, fmt.Errorf("%w: image %s missing from the package document", ErrBrokenBook, name)
		}
	}
	if !strings.Contains(res, `href="css/`+cssFile+`" media-type="text/css"`) {
		return nil, fmt.Errorf("%w: style sheet missing from the package document", ErrBrokenBook)
	}
	return []byte(res), nil
}

// fixNCX restores the NCX's dtb:uid, the book's identifier: go-epub's
// template has two meta elements and keeps one, dtb:depth, holding the
// identifier.
func (b *builder) fixNCX(ncx []byte) ([]byte, error) {
	bad := []byte(`<meta name="dtb:depth" content="` + escapeAttr(b.id) + `"></meta>`)
	if !bytes.Contains(ncx, bad) {
		return nil, fmt.Errorf("%w: unexpected NCX", ErrBrokenBook)
	}
	good := []byte(`<meta name="dtb:uid" content="` + escapeAttr(b.id) + `"></meta>`)
	return bytes.Replace(ncx, bad, good, 1), nil
}

func read(f *zip.File) ([]byte, error) {
	r, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func writeEntry(zw *zip.Writer, name string, content []byte, method uint16, date, tm uint16) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, ModifiedDate: date, ModifiedTime: tm})
	if err == nil {
		_, err = w.Write(content)
	}
	if err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	return nil
}

// copyEntry copies an entry unchanged but for its date, after checking
// that its content matches its checksum.
func copyEntry(zw *zip.Writer, f *zip.File, date, tm uint16) error {
	content, err := read(f) // Open checks the CRC-32 at the end
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBrokenBook, f.Name, err)
	}
	if crc32.ChecksumIEEE(content) != f.CRC32 {
		return fmt.Errorf("%w: %s: bad checksum", ErrBrokenBook, f.Name)
	}
	raw, err := f.OpenRaw()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBrokenBook, f.Name, err)
	}
	h := &zip.FileHeader{
		Name:               f.Name,
		Method:             f.Method,
		CRC32:              f.CRC32,
		CompressedSize64:   f.CompressedSize64,
		UncompressedSize64: f.UncompressedSize64,
		ModifiedDate:       date,
		ModifiedTime:       tm,
	}
	w, err := zw.CreateRaw(h)
	if err == nil {
		_, err = io.Copy(w, raw)
	}
	if err != nil {
		return fmt.Errorf("epub: %w", err)
	}
	return nil
}

// msDOSTime returns t as a zip entry's MS-DOS date and time, which start
// in 1980 and count seconds in twos.
func msDOSTime(t time.Time) (date, tm uint16) {
	if t.Year() < 1980 {
		t = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if t.Year() > 2107 {
		t = time.Date(2107, 12, 31, 23, 59, 58, 0, time.UTC)
	}
	date = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	tm = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return date, tm
}
