package export

import (
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/flashmark/flashmark/notes"
	"github.com/yuin/goldmark/util"
)

// output is the writer goldmark renders one body into. It carries the
// per-call state that goldmark's render functions have no other way to
// receive (the HTML options, the body's media, the image count, the cloze
// depth), so that one shared goldmark renderer serves concurrent calls.
//
// Every byte except the cloze syntax of ClozeAnki goes through write, which
// keeps the output well-formed XML and free of accidental Anki clozes:
//   - characters XML 1.0 forbids (C0 controls other than tab and newline,
//     U+FFFE, U+FFFF) become U+FFFD, and a carriage return a newline, as
//     Anki fields allow no other control characters;
//   - with ClozeAnki, "{" right after "{" becomes "&#123;" (no "{{" that Anki
//     could read as a cloze), and inside a cloze every "{", "}" and ":"
//     becomes a character reference, so that text such as `std::move` or
//     x^{2}} cannot end the deletion or start its hint.
type output struct {
	buf      []byte
	mediaSrc func(notes.Media) string
	media    []notes.Media
	images   int  // images rendered so far: the index into media
	plain    bool // PlainCode
	anki     bool // ClozeAnki escaping on
	marks    bool // render clozes as <mark> (ClozeMark, or before sanitising)
	depth    int  // open Anki clozes
	rawHTML  bool // the body holds raw HTML that must be sanitised
}

var outputs = sync.Pool{New: func() any { return &output{buf: make([]byte, 0, 1024)} }}

// maxPooledBuffer bounds the buffers kept for reuse, so that one huge body
// does not pin its memory.
const maxPooledBuffer = 256 << 10

func getOutput() *output { return outputs.Get().(*output) }

func putOutput(o *output) {
	if cap(o.buf) > maxPooledBuffer {
		return
	}
	*o = output{buf: o.buf[:0]}
	outputs.Put(o)
}

// start prepares o for rendering a body with h.
func (o *output) start(h *HTML, media []notes.Media, sanitizing bool) {
	*o = output{
		buf:      o.buf[:0],
		mediaSrc: h.MediaSrc,
		media:    media,
		plain:    h.PlainCode,
		anki:     h.Cloze == ClozeAnki && !sanitizing,
		marks:    h.Cloze != ClozeAnki || sanitizing,
	}
}

// special marks the bytes write must look at: in XML mode the control
// characters and the lead byte of U+FFFE and U+FFFF; in Anki mode also the
// braces and the colon.
var special, specialAnki [256]bool

func init() {
	for c := range 0x20 {
		special[c] = c != '\t' && c != '\n'
	}
	special[0xEF] = true
	specialAnki = special
	specialAnki['{'] = true
	specialAnki['}'] = true
	specialAnki[':'] = true
}

var replacement = []byte("\uFFFD")

// write appends p, escaped as the type comment describes.
func (o *output) write(p []byte) {
	table := &special
	if o.anki {
		table = &specialAnki
	}
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !table[c] {
			continue
		}
		var rep []byte
		skip := 1
		switch c {
		case '\r':
			if i+1 < len(p) && p[i+1] == '\n' {
				rep = []byte{}
			} else {
				rep = newline
			}
		case 0xEF:
			if i+2 < len(p) && p[i+1] == 0xBF && (p[i+2] == 0xBE || p[i+2] == 0xBF) {
				rep, skip = replacement, 3
			}
		case '{':
			if o.depth > 0 || i > start && p[i-1] == '{' || i == start && len(o.buf) > 0 && o.buf[len(o.buf)-1] == '{' {
				rep = ampLBrace
			}
		case '}':
			if o.depth > 0 {
				rep = ampRBrace
			}
		case ':':
			if o.depth > 0 {
				rep = ampColon
			}
		default:
			rep = replacement
		}
		if rep == nil {
			continue
		}
		o.buf = append(o.buf, p[start:i]...)
		o.buf = append(o.buf, rep...)
		i += skip - 1
		start = i + 1
	}
	o.buf = append(o.buf, p[start:]...)
}

var (
	newline   = []byte("\n")
	ampLBrace = []byte("&#123;")
	ampRBrace = []byte("&#125;")
	ampColon  = []byte("&#58;")
)

// raw appends s as is: markup that must not be escaped.
func (o *output) raw(s string) { o.buf = append(o.buf, s...) }

// rawInt appends n in decimal.
func (o *output) rawInt(n int) { o.buf = strconv.AppendInt(o.buf, int64(n), 10) }

// The methods below make output a util.BufWriter, so that goldmark writes
// into it directly.

var _ util.BufWriter = (*output)(nil)

func (o *output) Write(p []byte) (int, error) {
	o.write(p)
	return len(p), nil
}

func (o *output) WriteString(s string) (int, error) {
	o.write(util.StringToReadOnlyBytes(s))
	return len(s), nil
}

func (o *output) WriteByte(c byte) error {
	o.write([]byte{c})
	return nil
}

func (o *output) WriteRune(r rune) (int, error) {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	o.write(b[:n])
	return n, nil
}

func (o *output) Available() int { return 1 << 20 }
func (o *output) Buffered() int  { return len(o.buf) }
func (o *output) Flush() error   { return nil }
