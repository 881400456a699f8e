package anki

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"

	"github.com/flashmark/flashmark/notes"
)

// base91 is the alphabet of Anki's guids (pylib/anki/utils.py base91): the
// printable ASCII characters except quotes, backslash and space, so that a
// guid never needs escaping in a field, a tag list or a CSV line.
const base91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"

// Guid returns the Anki guid of the note whose stable ID is id: the first 8
// bytes of SHA-256 of the namespaced ID, read as a big-endian number and
// written in base 91, as Anki writes its own 64-bit guids. The same ID gives
// the same guid in every build, so Anki updates the note on re-import
// instead of adding a duplicate.
func Guid(id string) string {
	h := sha256.Sum256([]byte("flashmark note\x00" + id))
	return base91String(binary.BigEndian.Uint64(h[:8]))
}

// guidFor returns the guid of note n written with note type typ.
//
// Anki matches notes by guid, and a note whose guid it knows under another
// note type is a conflict: skipped, never updated again (and with "merge
// note types" on, the whole import fails). So a note that changed kind
// since the previous package (a basic note that became a cloze, or
// Reversed turned on or off) gets a guid that includes its note type, and
// a warning: Anki adds it as a new note, and the old one stays in the
// learner's collection. Every other note keeps Guid(n.ID); one that
// changed kind before keeps the guid it got then. Without a previous
// package a changed kind cannot be seen, and the note keeps Guid(n.ID).
func (p *plan) guidFor(n *notes.Note, typ *noteType) string {
	plain := Guid(n.ID)
	prev := p.e.Previous
	if prev == nil {
		return plain
	}
	typed := Guid(n.ID + "\x00" + typ.name)
	if old, ok := prev.notes[plain]; ok && old.mid != typ.id {
		from := "another note type"
		if t := typeByID(old.mid); t != nil {
			from = fmt.Sprintf("%q", t.name)
		}
		p.diags = append(p.diags, notes.Diagnostic{Pos: n.Pos, Severity: notes.Warning, Msg: fmt.Sprintf(
			"note changed from %s to %q: Anki cannot update a note across note types, so it is imported as a new note; delete the old one in Anki", from, typ.name)})
		return typed
	}
	if _, ok := prev.notes[typed]; ok {
		return typed
	}
	return plain
}

// typeByID returns flashmark's note type with the id, or nil.
func typeByID(id int64) *noteType {
	for _, t := range noteTypes {
		if t.id == id {
			return t
		}
	}
	return nil
}

func base91String(v uint64) string {
	if v == 0 {
		return base91[:1]
	}
	var buf [12]byte // 91^10 > 2^64
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = base91[v%91]
		v /= 91
	}
	return string(buf[i:])
}
