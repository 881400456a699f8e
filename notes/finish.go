package notes

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
)

// finish gives every note its path, tags and ID once the deck is assembled,
// rejects duplicate explicit IDs, gives each repeated question an ID of its
// own and sorts the diagnostics. It returns the deck, or nil and the errors.
func (d *Deck) finish() (deck *Deck, err error) {
	defer func() {
		// As in parseFile: no input may crash the program, and a panic
		// of inParallel's goroutines arrives here.
		if r := recover(); r != nil {
			deck, err = nil, errorf(Position{}, ErrInternal, "%v", r)
		}
	}()
	type derive struct {
		note   *Note
		prefix idPrefix
	}
	var todo []derive
	name := d.DisplayName()
	var visit func(path, tags []string, notes []*Note, sections []*Section)
	visit = func(path, tags []string, notes []*Note, sections []*Section) {
		var prefix idPrefix
		for _, n := range notes {
			n.Path = path
			n.Tags = unionTags(tags, n.ownTags)
			if n.ID == "" {
				if prefix == nil {
					prefix = newIDPrefix(name, path)
				}
				todo = append(todo, derive{n, prefix})
			}
		}
		for _, s := range sections {
			visit(slices.Concat(path, []string{s.Title}), unionTags(tags, s.Tags), s.Notes, s.Sections)
		}
	}
	visit(nil, d.Tags, d.Notes, d.Sections)

	// Explicit IDs first: two that clash are an error.
	var errs ErrorList
	taken := make(map[string]*Note, len(todo))
	for n := range d.All() {
		if n.ID == "" {
			continue // derived below
		}
		if prev, dup := taken[n.ID]; dup {
			detail := fmt.Sprintf("%q is also the ID of the note at %s", n.ID, prev.Pos)
			errs = append(errs, &Error{Pos: n.Pos, Err: ErrDuplicateID, Detail: detail})
			continue
		}
		taken[n.ID] = n
	}
	derived := make([]*Note, len(todo))
	inParallel(len(todo), func(i int) {
		todo[i].note.ID = todo[i].prefix.deriveID(todo[i].note.key)
		derived[i] = todo[i].note
	})
	repeats := copyIDs(derived, taken)
	sortDiagnostics(d.Diagnostics)
	if len(repeats) > 0 {
		sortDiagnostics(repeats)
		d.Diagnostics = mergeDiagnostics(d.Diagnostics, repeats)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return d, nil
}

// unionTags returns a followed by the tags of b not in a, sharing nothing
// with either.
func unionTags(a, b []string) []string {
	out := slices.Clone(a)
	for _, t := range b {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// A repeat is a note whose derived ID an earlier note has: the n-th copy
// of a question in a section.
type repeat struct {
	note, first int32 // indexes in the derived notes; first -1 for an explicit ID
	n           int32 // 2 for the second copy
}

// copyIDs gives each repeated question among derived, in document order,
// the ID of its copy number, and returns a warning for each. taken holds
// the explicit IDs; an explicit ID counts as the first copy of a derived ID
// it equals.
func copyIDs(derived []*Note, taken map[string]*Note) []Diagnostic {
	count := make(map[string]int32, len(derived))
	firstOf := make(map[string]int32, len(derived))
	var repeats []repeat
	for i, n := range derived {
		base := n.ID
		c, seen := count[base]
		if !seen && taken[base] != nil {
			c, firstOf[base] = 1, -1 // the explicit ID is the first holder
		}
		c++
		count[base] = c
		if c == 1 {
			taken[base] = n
			firstOf[base] = int32(i)
			continue
		}
		if repeats == nil {
			repeats = make([]repeat, 0, len(derived)-i)
		}
		repeats = append(repeats, repeat{note: int32(i), first: firstOf[base], n: c})
	}
	if len(repeats) == 0 {
		return nil
	}
	bases := make([]string, len(repeats))
	inParallel(len(repeats), func(k int) {
		r := repeats[k]
		n := derived[r.note]
		bases[k] = n.ID
		n.ID = copyID(n.ID, int(r.n))
	})
	// A copy whose ID is taken (by an explicit ID written to match it)
	// tries again, alone: the other copies keep theirs.
	for k := range repeats {
		r := &repeats[k]
		n := derived[r.note]
		for again := 1; taken[n.ID] != nil; again++ {
			n.ID = copyID(bases[k]+"/"+strconv.Itoa(again), int(r.n))
		}
		taken[n.ID] = n
	}
	diags := make([]Diagnostic, len(repeats))
	inParallel(len(repeats), func(k int) {
		r := repeats[k]
		first := taken[bases[k]]
		if r.first >= 0 {
			first = derived[r.first]
		}
		diags[k] = repeatDiagnostic(derived[r.note], first, int(r.n))
	})
	return diags
}

// copyID returns the ID of the n-th copy of the question whose first copy
// has ID base.
func copyID(base string, n int) string {
	var stack [64]byte
	buf := append(stack[:0], "flashmark copy v1\x00"...)
	buf = append(buf, base...)
	buf = append(buf, 0)
	buf = strconv.AppendInt(buf, int64(n), 10)
	sum := sha256.Sum256(buf)
	var id [16]byte
	hex.Encode(id[:], sum[:8])
	return string(id[:])
}

// repeatDiagnostic warns that note n asks again the question of note
// first, names both positions, and tells how to pin an ID.
func repeatDiagnostic(n, first *Note, copy int) Diagnostic {
	b := make([]byte, 0, 192)
	b = append(b, "duplicate question, also at "...)
	b = first.Pos.appendTo(b)
	b = append(b, ": this copy, the "...)
	b = appendOrdinal(b, copy)
	b = append(b, " in its section, gets ID "...)
	b = append(b, n.ID...)
	b = append(b, " while the copies keep their order; pin an ID with {#my-id} or <!-- id: my-id -->"...)
	return Diagnostic{Pos: n.Pos, Severity: Warning, Msg: string(b)}
}

// appendOrdinal appends "2nd", "3rd", "11th", "21st".
func appendOrdinal(b []byte, n int) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return append(b, "th"...)
	case n%10 == 1:
		return append(b, "st"...)
	case n%10 == 2:
		return append(b, "nd"...)
	case n%10 == 3:
		return append(b, "rd"...)
	}
	return append(b, "th"...)
}
