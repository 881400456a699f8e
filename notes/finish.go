package notes

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	inParallel(len(todo), func(i int) {
		todo[i].note.ID = todo[i].prefix.deriveID(todo[i].note.key, 1)
	})

	// Explicit IDs first: two that clash are an error; a derived ID that
	// meets one moves aside.
	var errs ErrorList
	taken := make(map[string]*Note)
	derived := make(map[*Note]bool, len(todo))
	for _, t := range todo {
		derived[t.note] = true
	}
	for n := range d.All() {
		if derived[n] {
			continue
		}
		if prev, dup := taken[n.ID]; dup {
			detail := fmt.Sprintf("%q is also the ID of the note at %s", n.ID, prev.Pos)
			errs = append(errs, &Error{Pos: n.Pos, Err: ErrDuplicateID, Detail: detail})
			continue
		}
		taken[n.ID] = n
	}
	// The n-th copy of a question in a section gets the n-th copy's ID.
	first := make(map[string]*Note, len(todo))
	copies := make(map[string]int)
	for _, t := range todo {
		n := t.note
		base := n.ID
		prev, seen := first[base]
		if !seen {
			first[base] = n
		}
		if _, clash := taken[base]; !clash && !seen {
			taken[base] = n
			continue
		}
		if !seen {
			prev = taken[base]
		}
		k := copies[base] + 1
		id := t.prefix.deriveID(n.key, k+1)
		for taken[id] != nil {
			k++
			id = t.prefix.deriveID(n.key, k+1)
		}
		copies[base] = k
		n.ID = id
		taken[id] = n
		d.Diagnostics = append(d.Diagnostics, duplicateDiagnostic(n, prev, k+1))
	}
	sort.SliceStable(d.Diagnostics, func(i, j int) bool {
		return positionLess(d.Diagnostics[i].Pos, d.Diagnostics[j].Pos)
	})
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

// duplicateDiagnostic warns that note n asks the question of note prev
// again and got the ID of the copy-th copy.
func duplicateDiagnostic(n, prev *Note, copy int) Diagnostic {
	var b strings.Builder
	b.WriteString("duplicate question: also at ")
	b.WriteString(prev.Pos.String())
	b.WriteString("; this copy gets ID ")
	b.WriteString(n.ID)
	b.WriteString(" (copy ")
	b.WriteString(strconv.Itoa(copy))
	b.WriteString(" in its section: it keeps the ID while the copies stay in order). To pin an ID, write {#my-id} after the question or <!-- id: my-id --> under it")
	return Diagnostic{Pos: n.Pos, Severity: Warning, Msg: b.String()}
}
