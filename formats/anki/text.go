package anki

import (
	"crypto/sha1"
	"encoding/binary"
	"html"
	"strings"
)

// stripHTML returns the text of an HTML field as Anki's
// strip_html_preserving_media_filenames does: <style> and <script>
// elements and comments removed, an <img> replaced by its src between
// spaces, other tags removed, and character references decoded. It is used
// for the sort field and the checksum.
func stripHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		switch {
		case strings.HasPrefix(s, "<!--"):
			s = skipPast(s, "-->")
		case hasTagPrefix(s, "<style"):
			s = skipPast(s, "</style>")
		case hasTagPrefix(s, "<script"):
			s = skipPast(s, "</script>")
		default:
			end := strings.IndexByte(s, '>')
			if end < 0 {
				b.WriteString(s) // a lone "<" is text
				s = ""
				break
			}
			if hasTagPrefix(s, "<img") {
				if src, ok := attr(s[:end], "src"); ok {
					b.WriteString(" " + src + " ")
				}
			}
			s = s[end+1:]
		}
	}
	return html.UnescapeString(b.String())
}

// hasTagPrefix reports whether s starts with the tag opening prefix (such
// as "<img"), ignoring case, followed by the end of the name.
func hasTagPrefix(s, prefix string) bool {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return false
	}
	if len(s) == len(prefix) {
		return true
	}
	switch s[len(prefix)] {
	case ' ', '\t', '\n', '\r', '\f', '/', '>':
		return true
	}
	return false
}

func skipPast(s, end string) string {
	i := strings.Index(strings.ToLower(s), end)
	if i < 0 {
		return ""
	}
	return s[i+len(end):]
}

// attr returns the value of the attribute name in a start tag.
func attr(tag, name string) (string, bool) {
	lower := strings.ToLower(tag)
	for i := 0; ; {
		j := strings.Index(lower[i:], name)
		if j < 0 {
			return "", false
		}
		j += i
		i = j + len(name)
		if j == 0 || !isSpace(lower[j-1]) {
			continue
		}
		rest := strings.TrimLeft(tag[i:], " \t\n\r\f")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\r\f")
		if rest == "" {
			return "", true
		}
		if q := rest[0]; q == '"' || q == '\'' {
			if k := strings.IndexByte(rest[1:], q); k >= 0 {
				return rest[1 : k+1], true
			}
			return rest[1:], true
		}
		if k := strings.IndexAny(rest, " \t\n\r\f>"); k >= 0 {
			return rest[:k], true
		}
		return rest, true
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// checksum returns Anki's csum of a first field: the first 4 bytes of the
// SHA-1 of its stripped text, as a big-endian number.
func checksum(stripped string) int64 {
	h := sha1.Sum([]byte(stripped))
	return int64(binary.BigEndian.Uint32(h[:4]))
}

// cleanField removes the control characters a field must not hold (all
// but tab and line feed; the 0x1f field separator among them: Anki would
// split the field there) and reports how many it removed, not counting
// carriage returns, which only end lines.
func cleanField(s string) (string, int) {
	dirty := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		// C1 controls (U+0080..U+009F) are 0xC2 0x80..0x9F in UTF-8.
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f || c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0 {
			dirty = true
			break
		}
	}
	if !dirty {
		return s, 0
	}
	bad := 0
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r < 0xA0 {
			if r != '\r' {
				bad++
			}
			return -1
		}
		return r
	}, s), bad
}
