package export

import (
	"bytes"
	"unicode/utf8"
)

// fileKind is what a file holds, as far as WriteFile needs to know before
// replacing it.
type fileKind int

const (
	kindEmpty   fileKind = iota // no file, or an empty one
	kindText                    // UTF-8 text, such as Markdown notes
	kindPDF                     // a PDF document
	kindEPUB                    // a zip whose first entry says application/epub+zip
	kindZip                     // any other zip, such as an Anki package
	kindUnknown                 // anything else
)

func (k fileKind) String() string {
	switch k {
	case kindEmpty:
		return "nothing"
	case kindText:
		return "text (notes?)"
	case kindPDF:
		return "a PDF document"
	case kindEPUB:
		return "an EPUB book"
	case kindZip:
		return "a zip archive"
	}
	return "data of an unknown kind"
}

// sniffLen is how many leading bytes sniffKind reads.
const sniffLen = 512

// sniffKind tells the kind of a file from its first bytes.
func sniffKind(head []byte) fileKind {
	switch {
	case len(head) == 0:
		return kindEmpty
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return kindPDF
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		// EPUB's container starts with a stored entry "mimetype" whose
		// content is the media type: the name is at offset 30, the data
		// right after it.
		if len(head) >= 58 && string(head[30:38]) == "mimetype" && string(head[38:58]) == "application/epub+zip" {
			return kindEPUB
		}
		return kindZip
	case bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return kindZip // an empty zip
	case isText(head):
		return kindText
	}
	return kindUnknown
}

// isText reports whether head looks like UTF-8 text: no NUL byte, and
// valid UTF-8 but for a character cut at the end.
func isText(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	for len(head) > 0 {
		r, n := utf8.DecodeRune(head)
		if r == utf8.RuneError && n == 1 {
			return len(head) < utf8.UTFMax && !utf8.FullRune(head)
		}
		head = head[n:]
	}
	return true
}
