package notes

import (
	"html"
	"strings"
)

// A rawImage is an <img> tag found in raw HTML.
type rawImage struct {
	src, alt string
	offset   int // of the tag's "<" in the text scanned
}

// rawImages finds the <img> tags of a piece of raw HTML that have a src
// attribute. It is a scanner for the one tag, not an HTML parser: what it
// finds is only a reference to embed, and the exporters' sanitiser decides
// what of the HTML is kept.
func rawImages(b []byte) []rawImage {
	var imgs []rawImage
	s := string(b)
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		if len(s)-i < 5 || !strings.EqualFold(s[i+1:i+4], "img") || !isTagEnd(s[i+4]) {
			i++
			continue
		}
		attrs, end := tagAttrs(s[i+4:])
		if src, ok := attrs["src"]; ok {
			imgs = append(imgs, rawImage{src: src, alt: attrs["alt"], offset: i})
		}
		i += 4 + end
	}
	return imgs
}

func isTagEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>'
}

// tagAttrs reads the attributes of a tag from s, which starts right after
// the tag name, up to the closing ">". It returns the attributes (names
// lower case, values with character references resolved; the first of a
// repeated name wins, as in HTML) and the length read.
func tagAttrs(s string) (map[string]string, int) {
	attrs := map[string]string{}
	i := 0
	for i < len(s) {
		for i < len(s) && (isTagEnd(s[i]) && s[i] != '>') {
			i++
		}
		if i >= len(s) || s[i] == '>' {
			break
		}
		start := i
		for i < len(s) && !isTagEnd(s[i]) && s[i] != '=' {
			i++
		}
		name := strings.ToLower(s[start:i])
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		value := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
				i++
			}
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					end = len(s) - i - 1
				}
				value = s[i+1 : i+1+end]
				i += end + 2
			} else {
				start := i
				for i < len(s) && !isTagEnd(s[i]) {
					i++
				}
				value = s[start:i]
			}
		}
		if _, seen := attrs[name]; !seen && name != "" {
			attrs[name] = html.UnescapeString(value)
		}
		if i == start {
			i++ // never loop
		}
	}
	return attrs, min(i+1, len(s))
}
