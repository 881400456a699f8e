package notes

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// idPrefix is what every derived ID of a section shares: the normalised deck
// name and section path. It is computed once per section.
type idPrefix []byte

func newIDPrefix(deck string, path []string) idPrefix {
	p := append(idPrefix("flashmark note v1\x00"), normalizeKey(deck)...)
	for _, s := range path {
		p = append(p, 0)
		p = append(p, normalizeKey(s)...)
	}
	return append(p, 0, 0)
}

// deriveID returns the ID of a note that has none written: a hash of the
// deck name, the section path and the question, each normalised by
// normalizeKey, so that edits that do not change the question (spacing,
// numbering, full-width letters, case, a trailing question mark) keep the ID.
func (p idPrefix) deriveID(question string) string {
	var stack [512]byte
	buf := append(stack[:0], p...)
	buf = appendNormalizedKey(buf, question)
	sum := sha256.Sum256(buf)
	var id [16]byte
	hex.Encode(id[:], sum[:8])
	return string(id[:])
}

// normalizeKey folds a heading to the form its ID is derived from: full-width
// ASCII folded to ASCII, lower case, a leading enumeration ("1.", "2、",
// "Q3:", "第四题") dropped, white space removed, and trailing punctuation
// dropped.
func normalizeKey(s string) string { return string(appendNormalizedKey(nil, s)) }

func appendNormalizedKey(dst []byte, s string) []byte {
	start := len(dst)
	folded := asciiFolded(s)
	for i := 0; i < len(folded); {
		c := folded[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				continue
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(folded[i:])
		i += size
		if unicode.IsSpace(r) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	key := dst[start:]
	for len(key) > 0 {
		r, size := utf8.DecodeLastRune(key)
		if !strings.ContainsRune("?.!:;。？！：；、", r) {
			break
		}
		key = key[:len(key)-size]
	}
	return dst[:start+len(key)]
}

// asciiFolded returns s with full-width ASCII and the ideographic space
// folded to ASCII and its leading enumeration dropped.
func asciiFolded(s string) string {
	for _, r := range s {
		if r >= 0xFF01 && r <= 0xFF5E || r == 0x3000 {
			s = strings.Map(func(r rune) rune {
				switch {
				case r >= 0xFF01 && r <= 0xFF5E:
					return r - (0xFF01 - 0x21)
				case r == 0x3000:
					return ' '
				}
				return r
			}, s)
			break
		}
	}
	return dropEnumeration(s)
}

// dropEnumeration removes a leading "12.", "12)", "12、", "q12:", "第十二题"
// and the like. A number not followed by a separator ("3d printing",
// "5g网络") is part of the question and stays.
func dropEnumeration(s string) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	t = strings.TrimPrefix(t, "第")
	if strings.HasPrefix(t, "q") || strings.HasPrefix(t, "Q") {
		t = t[1:]
	}
	n := 0
	for n < len(t) {
		r, size := utf8.DecodeRuneInString(t[n:])
		if !(r >= '0' && r <= '9') && !strings.ContainsRune("零一二三四五六七八九十百千", r) {
			break
		}
		n += size
	}
	if n == 0 {
		return s
	}
	rest := t[n:]
	for _, suffix := range []string{"题", "章", "节", "问"} {
		rest = strings.TrimPrefix(rest, suffix)
	}
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case strings.ContainsRune(".)、:：）", r):
		return strings.TrimLeftFunc(rest[size:], unicode.IsSpace)
	case unicode.IsSpace(r) && len(rest) < len(t[n:]): // "第四题 ..."
		return strings.TrimLeftFunc(rest, unicode.IsSpace)
	case unicode.IsSpace(r) && isDigits(t[:n]):
		return strings.TrimLeftFunc(rest, unicode.IsSpace) // "12 what is..."
	}
	return s
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// validID reports whether an explicit ID can be used: non-empty, at most 200
// bytes, and free of white space and control characters.
func validID(id string) bool {
	if id == "" || len(id) > 200 {
		return false
	}
	for _, r := range id {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
	}
	return true
}
