package epub

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The fragments export.HTML writes are well-formed XHTML with a small
// vocabulary: elements with double-quoted attributes, escaped text, no
// comments, CDATA or processing instructions. A scanner over bytes reads
// them faster than encoding/xml and keeps every byte it does not change.

// A tag is a start or end tag of a fragment.
type tag struct {
	raw       []byte // the whole tag, "<" to ">"
	name      []byte
	attrs     []attr
	end       bool // an end tag, </name>
	selfClose bool // <name ... />
}

// An attr is an attribute of a tag, its value as written (escaped).
type attr struct {
	key, val []byte
}

// get returns the escaped value of the attribute key.
func (t *tag) get(key string) ([]byte, bool) {
	for _, a := range t.attrs {
		if string(a.key) == key {
			return a.val, true
		}
	}
	return nil, false
}

// is reports whether the tag's element is name.
func (t *tag) is(name string) bool { return string(t.name) == name }

// scanTag reads the tag at the start of b, which starts with "<", into t,
// reusing t.attrs. It returns the tag's length, or 0 when b holds no tag
// (a lone "<", a comment or declaration), which the caller copies as is.
func scanTag(b []byte, t *tag) int {
	*t = tag{attrs: t.attrs[:0]}
	i := 1
	if i < len(b) && b[i] == '/' {
		t.end = true
		i++
	}
	start := i
	for i < len(b) && isNameByte(b[i]) {
		i++
	}
	if i == start {
		return 0
	}
	t.name = b[start:i]
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return 0
		}
		switch b[i] {
		case '>':
			t.raw = b[:i+1]
			return i + 1
		case '/':
			if i+1 < len(b) && b[i+1] == '>' {
				t.selfClose = true
				t.raw = b[:i+2]
				return i + 2
			}
			return 0
		}
		ks := i
		for i < len(b) && isNameByte(b[i]) {
			i++
		}
		if i == ks {
			return 0
		}
		a := attr{key: b[ks:i]}
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i < len(b) && b[i] == '=' {
			i++
			for i < len(b) && isSpace(b[i]) {
				i++
			}
			if i >= len(b) {
				return 0
			}
			switch q := b[i]; q {
			case '"', '\'':
				j := bytes.IndexByte(b[i+1:], q)
				if j < 0 {
					return 0
				}
				a.val = b[i+1 : i+1+j]
				i += j + 2
			default:
				vs := i
				for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
					i++
				}
				a.val = b[vs:i]
			}
		}
		t.attrs = append(t.attrs, a)
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == ':' || c == '.' || c >= utf8.RuneSelf
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// unescape resolves the character references of XML text or an attribute
// value: the five named ones and numeric ones. Anything else stays.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			sb.Write(b)
			break
		}
		sb.Write(b[:i])
		b = b[i:]
		semi := bytes.IndexByte(b, ';')
		if semi < 0 {
			sb.Write(b)
			break
		}
		ref := string(b[1:semi])
		rep, ok := "", true
		switch ref {
		case "amp":
			rep = "&"
		case "lt":
			rep = "<"
		case "gt":
			rep = ">"
		case "quot":
			rep = `"`
		case "apos":
			rep = "'"
		default:
			ok = false
			if len(ref) > 1 && ref[0] == '#' {
				var n uint64
				var err error
				if ref[1] == 'x' || ref[1] == 'X' {
					n, err = strconv.ParseUint(ref[2:], 16, 32)
				} else {
					n, err = strconv.ParseUint(ref[1:], 10, 32)
				}
				if err == nil && utf8.ValidRune(rune(n)) {
					rep, ok = string(rune(n)), true
				}
			}
		}
		if !ok {
			sb.WriteByte('&')
			b = b[1:]
			continue
		}
		sb.WriteString(rep)
		b = b[semi+1:]
	}
	return sb.String()
}

// appendEscaped appends s escaped as XML text, or as an attribute value.
// Characters XML forbids (C0 controls but tab, newline and carriage
// return; U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD.
func appendEscaped(dst []byte, s string, attr bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r == 0xFFFE || r == 0xFFFF {
				dst = append(dst, "\uFFFD"...)
			} else {
				dst = append(dst, s[i:i+size]...)
			}
			i += size
			continue
		}
		i++
		switch {
		case c == '&':
			dst = append(dst, "&amp;"...)
		case c == '<':
			dst = append(dst, "&lt;"...)
		case c == '>':
			dst = append(dst, "&gt;"...)
		case c == '"' && attr:
			dst = append(dst, "&quot;"...)
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			dst = append(dst, "\uFFFD"...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// escapeText returns s escaped as XML text.
func escapeText(s string) string { return string(appendEscaped(nil, s, false)) }

// escapeAttr returns s escaped as an XML attribute value.
func escapeAttr(s string) string { return string(appendEscaped(nil, s, true)) }
