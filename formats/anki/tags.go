package anki

import (
	"strings"
	"unicode"
)

// ankiTag makes a tag of the notes into a valid Anki tag, or "" when
// nothing is left: white space becomes "_" (Anki separates tags with
// spaces), control characters and '"' are dropped, and "/" (the
// hierarchy separator of Obsidian and Logseq tags) becomes Anki's "::".
// Empty levels ("a::::b", a leading "::") are dropped.
func ankiTag(tag string) string {
	var b strings.Builder
	for _, r := range tag {
		switch {
		case unicode.IsSpace(r):
			b.WriteByte('_')
		case unicode.IsControl(r) || r == '"':
		case r == '/':
			b.WriteString("::")
		default:
			b.WriteRune(r)
		}
	}
	parts := strings.Split(b.String(), "::")
	kept := parts[:0]
	for _, p := range parts {
		if p = strings.Trim(p, ":"); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "::")
}

// tagList returns the Anki tags of a note: its own tags and then extra,
// made valid, without repeats (Anki's tags ignore case), in the order given.
func tagList(own, extra []string) []string {
	var tags []string
	seen := make(map[string]bool, len(own)+len(extra))
	for _, list := range [][]string{own, extra} {
		for _, t := range list {
			t = ankiTag(t)
			key := strings.ToLower(t)
			if t == "" || seen[key] {
				continue
			}
			seen[key] = true
			tags = append(tags, t)
		}
	}
	return tags
}

// tagsColumn formats tags for notes.tags: "" or " a b ".
func tagsColumn(tags []string) string {
	if len(tags) == 0 {
		return ""
	}
	return " " + strings.Join(tags, " ") + " "
}
