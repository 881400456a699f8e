package notes

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// deriveID returns the ID of a note that has none written: a hash of the
// deck name, the section path and the question, each normalised by
// normalizeKey so that edits that do not change the question (spacing,
// numbering, full-width letters, case, a trailing question mark) keep the ID.
func deriveID(deck string, path []string, question string) string {
	h := sha256.New()
	h.Write([]byte("flashmark note v1\x00"))
	h.Write([]byte(normalizeKey(deck)))
	for _, p := range path {
		h.Write([]byte{0})
		h.Write([]byte(normalizeKey(p)))
	}
	h.Write([]byte{0, 0})
	h.Write([]byte(normalizeKey(question)))
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:8])
}

// normalizeKey folds a heading to the form its ID is derived from: full-width
// ASCII folded to ASCII, lower case, a leading enumeration ("1.", "2、",
// "Q3:", "第四题") dropped, white space removed, and trailing punctuation
// dropped.
func normalizeKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFF01 - 0x21
		case r == 0x3000: // ideographic space
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s = dropEnumeration(b.String())
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune("?.!:;。？！：；、", r)
	})
}

// dropEnumeration removes a leading "12.", "12)", "12、", "q12:", "第十二题"
// and the like. A number not followed by a separator ("3d printing",
// "5g网络") is part of the question and stays.
func dropEnumeration(s string) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	t = strings.TrimPrefix(t, "第")
	if strings.HasPrefix(t, "q") {
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
