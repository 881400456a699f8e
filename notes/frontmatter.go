package notes

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// frontMatter is what a file's YAML front matter may say. flashmark reads
// the subset of YAML that front matter uses in practice: "key: value" lines,
// quoted strings, flow lists [a, b] and block lists of "- item" lines. Other
// keys are reported and skipped together with their nested lines.
type frontMatter struct {
	Title         string
	Deck          string
	Tags          []string
	Lang          string
	QuestionLevel int
	Breaks        LineBreaks // meaningful when present["breaks"]
	present       map[string]bool
}

var frontMatterKeys = []string{"title", "deck", "tags", "lang", "question_level", "breaks"}

// splitFrontMatter returns the front matter lines and the offset where the
// Markdown starts. A file has front matter when its first line is "---", a
// later line is "---" or "...", and the first line in between reads as a
// "key:" line; otherwise the "---" is Markdown (a thematic break).
func splitFrontMatter(src []byte) (fm []byte, fmStart, body int) {
	first, rest, ok := cutLine(src)
	if !ok || string(bytes.TrimRight(first, " \t\r")) != "---" {
		return nil, 0, 0
	}
	start := len(src) - len(rest)
	for off := start; off < len(src); {
		line, next, _ := cutLine(src[off:])
		t := string(bytes.TrimRight(line, " \t\r"))
		if t == "---" || t == "..." {
			fm = src[start:off]
			if !looksLikeYAML(fm) {
				return nil, 0, 0
			}
			return fm, start, len(src) - len(next)
		}
		off = len(src) - len(next)
	}
	return nil, 0, 0
}

func looksLikeYAML(fm []byte) bool {
	for len(fm) > 0 {
		var line []byte
		line, fm, _ = cutLine(fm)
		t := bytes.TrimSpace(line)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		k, _, ok := bytes.Cut(t, []byte(":"))
		return ok && len(k) > 0 && !bytes.ContainsAny(k, " \t")
	}
	return true // empty front matter
}

// cutLine splits off the first line, without its "\n".
func cutLine(b []byte) (line, rest []byte, found bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, b[len(b):], false
	}
	return b[:i], b[i+1:], true
}

// parseFrontMatter reads fm, which starts at offset start of the file.
func parseFrontMatter(fm []byte, start int, lines *lineIndex) (frontMatter, []Diagnostic, error) {
	m := frontMatter{present: map[string]bool{}}
	var diags []Diagnostic
	var listKey string // the key whose nested lines follow
	off := start
	for len(fm) > 0 {
		lineStart := off
		var line []byte
		line, fm, _ = cutLine(fm)
		off += len(line) + 1
		text := strings.TrimRight(string(line), " \t\r")
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		indented := text[0] == ' ' || text[0] == '\t'
		if indented || strings.HasPrefix(trimmed, "- ") || trimmed == "-" {
			if listKey == "tags" && strings.HasPrefix(trimmed, "-") {
				item, err := scalar(strings.TrimSpace(trimmed[1:]))
				if err != nil {
					return m, diags, errorf(lines.pos(lineStart), ErrFrontMatter, "tags: %v", err)
				}
				if item != "" {
					m.Tags = append(m.Tags, item)
				}
				continue
			}
			if listKey != "" {
				continue // nested lines of a key flashmark does not read
			}
			return m, diags, errorf(lines.pos(lineStart), ErrFrontMatter, "unexpected indented line")
		}
		key, value, ok := strings.Cut(trimmed, ":")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return m, diags, errorf(lines.pos(lineStart), ErrFrontMatter, "want \"key: value\", got %q", trimmed)
		}
		value = stripComment(strings.TrimSpace(value))
		pos := lines.pos(lineStart)
		listKey = key
		if err := m.set(key, value, pos, &diags); err != nil {
			return m, diags, err
		}
	}
	return m, diags, nil
}

func (m *frontMatter) set(key, value string, pos Position, diags *[]Diagnostic) error {
	if m.present[key] {
		return errorf(pos, ErrFrontMatter, "key %q given twice", key)
	}
	m.present[key] = true
	var err error
	switch key {
	case "title":
		m.Title, err = scalar(value)
	case "deck":
		m.Deck, err = scalar(value)
	case "lang":
		m.Lang, err = scalar(value)
	case "tags":
		m.Tags, err = tagList(value)
	case "question_level":
		var s string
		if s, err = scalar(value); err == nil {
			m.QuestionLevel, err = strconv.Atoi(s)
			if err != nil || m.QuestionLevel < 1 || m.QuestionLevel > 6 {
				err = fmt.Errorf("want a heading level from 1 to 6, got %q", s)
			}
		}
	case "breaks":
		var v string
		if v, err = scalar(value); err == nil {
			m.Breaks, err = parseBreaks(v)
		}
	default:
		*diags = append(*diags, Diagnostic{Pos: pos, Severity: Warning,
			Msg: fmt.Sprintf("unknown front-matter key %q ignored (known: %s)", key, strings.Join(frontMatterKeys, ", "))})
	}
	if err != nil {
		return errorf(pos, ErrFrontMatter, "%s: %v", key, err)
	}
	return nil
}

// stripComment drops a " # comment" after an unquoted value.
func stripComment(v string) string {
	if v == "" || v[0] == '"' || v[0] == '\'' {
		return v
	}
	if i := strings.Index(v, " #"); i >= 0 {
		return strings.TrimSpace(v[:i])
	}
	return v
}

// scalar reads a plain, single-quoted or double-quoted YAML scalar.
func scalar(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	switch v[0] {
	case '"':
		s, err := strconv.Unquote(v)
		if err != nil {
			return "", fmt.Errorf("bad double-quoted string %s", v)
		}
		return s, nil
	case '\'':
		if len(v) < 2 || v[len(v)-1] != '\'' {
			return "", fmt.Errorf("unterminated single-quoted string %s", v)
		}
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'"), nil
	case '[', '{', '|', '>', '&', '*', '!':
		return "", fmt.Errorf("want a plain value, got %s", v)
	}
	return v, nil
}

// tagList reads "[a, b]", "a, b" or "a b". An empty value starts a block
// list of "- tag" lines.
func tagList(v string) ([]string, error) {
	if strings.HasPrefix(v, "[") {
		if !strings.HasSuffix(v, "]") {
			return nil, fmt.Errorf("unterminated list %s", v)
		}
		v = v[1 : len(v)-1]
		var tags []string
		for _, item := range strings.Split(v, ",") {
			s, err := scalar(strings.TrimSpace(item))
			if err != nil {
				return nil, err
			}
			if s != "" {
				tags = append(tags, s)
			}
		}
		return tags, nil
	}
	s, err := scalar(v)
	if err != nil {
		return nil, err
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }), nil
}

// parseBreaks reads the front matter's breaks: true (hard), false (soft) or
// auto.
func parseBreaks(v string) (LineBreaks, error) {
	switch strings.ToLower(v) {
	case "true", "yes", "on", "hard":
		return BreaksHard, nil
	case "false", "no", "off", "soft":
		return BreaksSoft, nil
	case "auto":
		return BreaksAuto, nil
	}
	return 0, fmt.Errorf("want true (hard), false (soft) or auto, got %q", v)
}
