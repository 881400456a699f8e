package anki

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

// A plan is what an export writes, decided before anything is rendered:
// the decks, the notes in study order with their note type, deck and tags,
// the media, and the ids.
type plan struct {
	e     *Exporter
	now   time.Time // UTC
	mod   int64     // now in seconds
	top   *deck
	decks []*deck // in order of creation, parents first
	items []item
	types []*noteType
	tags  []string // every tag, sorted
	media *mediaSet
	// html renders fields and descriptions; cloze notes' fields then go
	// through clozeField.
	html *export.HTML

	skipped int
	cards   int
	diags   []notes.Diagnostic

	byName map[string]*deck // by lower-case name
	ids    map[int64]bool
	descs  map[string]notes.Body // deck name → section description
}

// An item is a note to write.
type item struct {
	n    *notes.Note
	typ  *noteType
	deck *deck
	tags []string
	ords []int // the card ordinals: template index, or cloze number - 1
	guid string
}

func (e *Exporter) plan(d *notes.Deck) (*plan, error) {
	now := e.Time
	if now.IsZero() {
		now = time.Now()
	}
	now = now.UTC()
	p := &plan{
		e: e, now: now, mod: now.Unix(),
		media:  newMediaSet(e.Media),
		byName: map[string]*deck{},
		ids:    map[int64]bool{1: true},
		descs:  map[string]notes.Body{},
	}
	p.html = &export.HTML{MediaSrc: p.media.src}

	name := e.DeckName
	if name == "" {
		name = d.DisplayName()
	}
	top := deckNameParts(name)
	if len(top) == 0 {
		top = []string{notes.DefaultTitle}
	}
	p.descs[strings.Join(top, "::")] = d.Description
	p.top = p.deck(top)
	p.addNotes(d.Notes, top)
	for _, s := range d.Sections {
		p.addSection(s, top)
	}

	p.types = []*noteType{basicType}
	if e.Reversed {
		p.types[0] = reversedType
	}
	tags := map[string]bool{}
	for i := range p.items {
		it := &p.items[i]
		if it.typ == clozeType && !slices.Contains(p.types, clozeType) {
			p.types = append(p.types, clozeType)
		}
		for _, t := range it.tags {
			tags[t] = true
		}
	}
	for t := range tags {
		p.tags = append(p.tags, t)
	}
	sort.Strings(p.tags)

	// Media in order of first use: deck descriptions, then notes.
	for _, dk := range p.decks {
		p.media.add(dk.body, true)
	}
	for _, it := range p.items {
		p.media.add(it.n.Question, false)
		p.media.add(it.n.Answer, false)
	}
	for _, dk := range p.decks {
		desc, diags, err := p.html.String(dk.body)
		if err != nil {
			return nil, fmt.Errorf("anki: description of deck %q: %w", dk.name, err)
		}
		p.diags = append(p.diags, diags...)
		dk.desc = p.clean(strings.TrimSpace(desc), dk.body.Pos)
	}
	return p, nil
}

func (p *plan) addSection(s *notes.Section, parent []string) {
	parts := parent
	if !p.e.Flat {
		parts = append(slices.Clip(parent), sectionDeckPart(s.Title))
		if _, ok := p.descs[strings.Join(parts, "::")]; !ok {
			p.descs[strings.Join(parts, "::")] = s.Description
		}
	}
	p.addNotes(s.Notes, parts)
	for _, sub := range s.Sections {
		p.addSection(sub, parts)
	}
}

// skip reports whether a note is left out: an unanswered question, unless
// IncludeUnanswered, and a basic note with an empty question heading,
// whose card Anki would find empty. A cloze note is complete without an
// answer.
func (p *plan) skip(n *notes.Note) bool {
	if n.Kind == notes.Cloze {
		return false
	}
	return n.Question.IsEmpty() || !n.Answered() && !p.e.IncludeUnanswered
}

func (p *plan) addNotes(list []*notes.Note, deckParts []string) {
	for _, n := range list {
		if p.skip(n) {
			p.skipped++
			continue
		}
		it := item{n: n, deck: p.deck(deckParts)}
		it.tags = tagList(n.Tags, p.e.Tags)
		switch {
		case n.Kind == notes.Cloze && len(n.Clozes) > 0:
			it.typ = clozeType
			for _, c := range n.Clozes {
				it.ords = append(it.ords, c-1)
			}
		case p.e.Reversed && n.Answered():
			it.typ, it.ords = reversedType, []int{0, 1}
		case p.e.Reversed:
			// No reverse card for an empty answer: Anki would find it empty.
			it.typ, it.ords = reversedType, []int{0}
		default:
			it.typ, it.ords = basicType, []int{0}
		}
		it.guid = p.guidFor(n, it.typ)
		p.cards += len(it.ords)
		p.items = append(p.items, it)
	}
}

// deck returns the deck named by parts, creating it and its parents. Names
// that differ only in case are one deck, as in Anki; the first spelling
// names it.
func (p *plan) deck(parts []string) *deck {
	var d *deck
	for i := range parts {
		name := strings.Join(parts[:i+1], "::")
		key := strings.ToLower(name)
		if d = p.byName[key]; d != nil {
			continue
		}
		id := deckID(name)
		for p.ids[id] {
			id++ // another name hashed to the same id: take the next
		}
		p.ids[id] = true
		d = &deck{id: id, name: name, body: p.descs[name]}
		p.byName[key] = d
		p.decks = append(p.decks, d)
	}
	return d
}

// noteID and cardID number notes and cards in study order, ending at the
// export's time in milliseconds, so that ids are unique within the package,
// never in the future, and the same for the same notes and time.
func (p *plan) noteID(i int) int64 { return idBase(p.now, len(p.items)) + int64(i) + 1 }
func (p *plan) cardID(j int) int64 { return idBase(p.now, p.cards) + int64(j) + 1 }

func idBase(now time.Time, n int) int64 { return max(now.UnixMilli()-int64(n), 0) }

// clean removes control characters from a field, with a diagnostic.
func (p *plan) clean(s string, pos notes.Position) string {
	s, bad := cleanField(s)
	if bad > 0 {
		p.diags = append(p.diags, controlDiagnostic(pos, bad))
	}
	return s
}

func controlDiagnostic(pos notes.Position, n int) notes.Diagnostic {
	return notes.Diagnostic{Pos: pos, Severity: notes.Warning,
		Msg: fmt.Sprintf("%d control character(s) removed: Anki fields cannot hold them", n)}
}
