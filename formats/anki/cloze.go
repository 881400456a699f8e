package anki

import (
	"bytes"
	"strconv"
)

// clozeField turns the neutral XHTML of a cloze note's field, where the
// renderer writes each deletion as <mark class="cloze" data-cloze="N"
// data-hint="H">, into Anki's {{cN::text::H}}.
//
// The rest is escaped so that Anki reads only the notes' deletions as
// clozes: in text and attribute values, a "{" right after a "{" becomes
// "&#123;" (no "{{" that Anki could read as a cloze), and inside a deletion
// every "{", "}" and ":" becomes a character reference, so that text such
// as `std::move` or x^{2}} cannot end the deletion or start its hint.
// Marks without a number stay <mark> elements.
func clozeField(dst, field []byte) []byte {
	var c clozeWriter
	c.out = dst
	for i := 0; i < len(field); {
		if field[i] != '<' {
			j := bytes.IndexByte(field[i:], '<')
			if j < 0 {
				j = len(field) - i
			}
			c.text(field[i : i+j])
			i += j
			continue
		}
		end := tagEnd(field, i)
		c.tag(field[i:end])
		i = end
	}
	return c.out
}

// tagEnd returns the index after the ">" that closes the tag starting at
// i, skipping quoted attribute values.
func tagEnd(b []byte, i int) int {
	var quote byte
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	return len(b)
}

type openMark struct {
	cloze bool
	hint  []byte
}

type clozeWriter struct {
	out   []byte
	marks []openMark // the <mark> elements open
	depth int        // the deletions open
}

var (
	markOpen     = []byte(`<mark class="cloze" data-cloze="`)
	markClose    = []byte(`</mark>`)
	hintAttr     = []byte(` data-hint="`)
	markAnyStart = []byte(`<mark`)
)

// tag writes one tag: a deletion's start or end as Anki's syntax, any
// other with its attribute values escaped.
func (c *clozeWriter) tag(t []byte) {
	switch {
	case bytes.HasPrefix(t, markOpen):
		rest := t[len(markOpen):]
		q := bytes.IndexByte(rest, '"')
		n, err := strconv.Atoi(string(rest[:max(q, 0)]))
		if q > 0 && err == nil && n > 0 {
			var hint []byte
			if h := bytes.Index(rest, hintAttr); h >= 0 {
				v := rest[h+len(hintAttr):]
				if e := bytes.IndexByte(v, '"'); e >= 0 {
					hint = v[:e]
				}
			}
			c.marks = append(c.marks, openMark{cloze: true, hint: hint})
			c.out = append(c.out, "{{c"...)
			c.out = strconv.AppendInt(c.out, int64(n), 10)
			c.out = append(c.out, "::"...)
			c.depth++
			return
		}
		c.marks = append(c.marks, openMark{})
	case bytes.HasPrefix(t, markAnyStart):
		c.marks = append(c.marks, openMark{})
	case bytes.Equal(t, markClose) && len(c.marks) > 0:
		m := c.marks[len(c.marks)-1]
		c.marks = c.marks[:len(c.marks)-1]
		if m.cloze {
			if len(m.hint) > 0 {
				c.out = append(c.out, "::"...)
				c.text(m.hint)
			}
			c.depth--
			c.out = append(c.out, "}}"...)
			return
		}
	}
	// Escape inside quoted attribute values only: names hold no braces.
	var quote byte
	start := 0
	for i := 0; i < len(t); i++ {
		ch := t[i]
		switch {
		case quote == 0 && (ch == '"' || ch == '\''):
			quote = ch
			c.out = append(c.out, t[start:i+1]...)
			start = i + 1
		case quote != 0 && ch == quote:
			c.text(t[start:i])
			quote = 0
			start = i
		}
	}
	c.out = append(c.out, t[start:]...)
}

// text writes character data or an attribute value, escaped as the
// clozeField comment says.
func (c *clozeWriter) text(p []byte) {
	for len(p) > 0 {
		// Copy up to the next byte that may need escaping in one go.
		i := bytes.IndexAny(p, "{}:")
		if i < 0 {
			c.out = append(c.out, p...)
			return
		}
		c.out = append(c.out, p[:i]...)
		p = p[i:]
		ch := p[0]
		var rep string
		switch ch {
		case '{':
			if c.depth > 0 || len(c.out) > 0 && c.out[len(c.out)-1] == '{' {
				rep = "&#123;"
			}
		case '}':
			if c.depth > 0 {
				rep = "&#125;"
			}
		case ':':
			if c.depth > 0 {
				rep = "&#58;"
			}
		}
		if rep == "" {
			c.out = append(c.out, ch)
		} else {
			c.out = append(c.out, rep...)
		}
		p = p[1:]
	}
}
