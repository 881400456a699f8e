package notes

import (
	"fmt"
	"slices"
	"sort"
)

// finish gives every note its path, tags and ID once the deck is assembled,
// rejects duplicate IDs and sorts the diagnostics. It returns the deck, or
// nil and the errors.
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
		todo[i].note.ID = todo[i].prefix.deriveID(todo[i].note.Question.Text())
	})

	var errs ErrorList
	seen := make(map[string]*Note)
	for n := range d.All() {
		if prev, dup := seen[n.ID]; dup {
			detail := fmt.Sprintf("%q is also the ID of the note at %s", n.ID, prev.Pos)
			errs = append(errs, &Error{Pos: n.Pos, Err: ErrDuplicateID, Detail: detail})
			continue
		}
		seen[n.ID] = n
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
