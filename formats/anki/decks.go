package anki

import (
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"unicode"

	"github.com/flashmark/flashmark/notes"
)

// A deck is an Anki deck of the package.
type deck struct {
	id   int64
	name string // full name, "Parent::Child"
	desc string // HTML
	body notes.Body
}

// Deck ids are derived from the full deck name, so the same deck gets the
// same id in every build. They lie between 2017 and 2020 as millisecond
// timestamps, like ids Anki made: positive, never 1 (the Default deck), and
// never in the future.
const (
	deckIDBase  = 1_500_000_000_000
	deckIDRange = 100_000_000_000
)

func deckID(name string) int64 {
	h := sha256.Sum256([]byte("flashmark deck v1\x00" + name))
	return deckIDBase + int64(binary.BigEndian.Uint64(h[:8])%deckIDRange)
}

// deckNameParts splits a deck name given by the user or the notes into its
// "::"-separated components, cleaned: see cleanDeckPart. Empty components
// are dropped, as Anki drops them.
func deckNameParts(name string) []string {
	var parts []string
	for _, p := range strings.Split(name, "::") {
		if p = cleanDeckPart(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// sectionDeckPart makes a section title into one component of a deck name:
// cleaned, with "::" (which would start a deeper deck) turned into ":".
func sectionDeckPart(title string) string {
	p := cleanDeckPart(strings.ReplaceAll(title, "::", ":"))
	if p == "" {
		return "-"
	}
	return p
}

// cleanDeckPart collapses white space (line breaks included) to single
// spaces, drops control characters and trims.
func cleanDeckPart(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
