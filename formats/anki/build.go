package anki

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"html"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
	"github.com/flashmark/flashmark/notes/syntax"
	"github.com/yuin/goldmark/ast"
)

// chunk is how many notes a rendering worker takes at a time, and how
// often the writer checks for cancellation and reports progress.
const chunk = 256

// aheadPerWorker bounds how many chunks each worker may render before the
// writer has inserted them: rendering outruns SQLite, and rows waiting to
// be inserted would otherwise pile up in memory.
const aheadPerWorker = 4

// A noteRow is a rendered note, ready to insert.
type noteRow struct {
	flds, sfld string
	csum, mod  int64
	tags       string
	diags      []notes.Diagnostic
}

// build renders the notes' fields on every CPU and inserts them, in study
// order, into a new collection in the file path.
func (e *Exporter) build(ctx context.Context, p *plan, path string) error {
	col, err := collectionJSON(p.top, p.decks, p.types, p.tags, len(p.items)+1, p.mod)
	if err != nil {
		return fmt.Errorf("anki: %w", err)
	}
	ms := p.now.UnixMilli()
	row := colRow{crt: p.mod, mod: ms, scm: ms, json: col}

	ctx, cancel := context.WithCancelCause(ctx)
	rows := make([]noteRow, len(p.items))
	chunks := (len(rows) + chunk - 1) / chunk
	ready := make([]chan struct{}, chunks)
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	workers := min(runtime.GOMAXPROCS(0), chunks)
	ahead := make(chan struct{}, aheadPerWorker*workers) // a slot per chunk rendered, not yet inserted
	for range workers {
		wg.Go(func() {
			// A panic here would end the program: make it the export's
			// error instead, naming the note being rendered.
			var err error
			cur := -1
			defer func() {
				if r := recover(); r != nil {
					where := "rendering"
					if cur >= 0 {
						where = "note " + p.items[cur].n.Pos.String()
					}
					err = fmt.Errorf("anki: %s: %w: %v", where, export.ErrInternal, r)
				}
				if err != nil {
					cancel(err)
				}
			}()
			var buf bytes.Buffer
			for {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					return
				}
				c := int(next.Add(1) - 1)
				if c >= chunks || ctx.Err() != nil {
					return
				}
				for i := c * chunk; i < min((c+1)*chunk, len(rows)); i++ {
					cur = i
					if err = p.render(&rows[i], &p.items[i], &buf); err != nil {
						return
					}
				}
				close(ready[c])
			}
		})
	}
	defer func() {
		cancel(nil)
		wg.Wait()
	}()

	card := 0
	err = buildCollection(ctx, path, row, func(in *inserter) error {
		for c := range chunks {
			if ctx.Err() != nil {
				return context.Cause(ctx)
			}
			select {
			case <-ready[c]:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			end := min((c+1)*chunk, len(rows))
			for i := c * chunk; i < end; i++ {
				it, r := &p.items[i], &rows[i]
				nid := p.noteID(i)
				if err := in.addNote(nid, it.guid, it.typ.id, r.mod, r.tags, r.flds, r.sfld, r.csum); err != nil {
					return fmt.Errorf("note %s: %w", it.n.Pos, err)
				}
				for _, ord := range it.ords {
					if err := in.addCard(p.cardID(card), nid, it.deck.id, ord, r.mod, int64(i+1)); err != nil {
						return fmt.Errorf("card of note %s: %w", it.n.Pos, err)
					}
					card++
				}
				p.diags = append(p.diags, r.diags...)
				*r = noteRow{} // the row is in the database now
			}
			<-ahead
			if p.e.Progress != nil {
				p.e.Progress(end, len(rows))
			}
		}
		return nil
	})
	if err != nil {
		// A failed rendering or a cancellation is the cause; anything else
		// is the database's.
		if cause := context.Cause(ctx); cause != nil {
			return cause
		}
		return fmt.Errorf("anki: collection: %w", err)
	}
	return nil
}

var (
	doubleBrace  = []byte("{{")
	escapedBrace = []byte("{&#123;")
)

// testHookRender, when set by a test, is called before each note is
// rendered, on the rendering goroutine.
var testHookRender func(*notes.Note)

// render makes the row of one note. buf is the worker's scratch buffer.
func (p *plan) render(r *noteRow, it *item, buf *bytes.Buffer) error {
	n := it.n
	if testHookRender != nil {
		testHookRender(n)
	}
	var f [numFields]string
	var err error
	render := func(b notes.Body, cloze bool) string {
		if err != nil {
			return ""
		}
		buf.Reset()
		var diags []notes.Diagnostic
		diags, err = p.html.Render(buf, b)
		r.diags = append(r.diags, diags...)
		field := bytes.TrimSpace(buf.Bytes())
		if cloze {
			field = clozeField(make([]byte, 0, len(field)+len(field)/8), field)
		} else if bytes.Contains(field, doubleBrace) {
			// Anki substitutes fields once, but other readers of
			// packages (Mnemosyne) render them again as templates:
			// "{{" in code (Go templates, Mermaid) must not start one.
			field = bytes.ReplaceAll(field, doubleBrace, escapedBrace)
		}
		s, bad := cleanField(string(field))
		if bad > 0 {
			r.diags = append(r.diags, controlDiagnostic(b.Pos, bad))
		}
		return s
	}
	if it.typ == clozeType {
		f[0] = render(n.Question, true)
		if hasCloze(n.Answer) {
			if a := render(n.Answer, true); a != "" {
				f[0] += "\n" + a
			}
		} else {
			f[1] = render(n.Answer, true)
		}
	} else {
		f[0] = render(n.Question, false)
		f[1] = render(n.Answer, false)
	}
	if !n.Extra.IsEmpty() {
		// What other labels say (author, source) follows the answer, in
		// Back or Back Extra: the note types have no field of its own.
		if x := render(n.Extra, it.typ == clozeType); x != "" {
			if f[1] != "" {
				f[1] += "\n"
			}
			f[1] += `<div class="fm-extra">` + x + `</div>`
		}
	}
	if err != nil {
		return fmt.Errorf("anki: note %s: %w", n.Pos, err)
	}
	f[2] = breadcrumb(n.Path)
	f[3] = sourceRef(n.Pos)

	r.flds = strings.Join(f[:], "\x1f")
	r.sfld = stripHTML(f[0])
	r.csum = checksum(r.sfld)
	r.tags = tagsColumn(it.tags)
	r.mod = p.modFor(it.guid, it.typ.id, r.flds, r.tags)
	return nil
}

// breadcrumb is the Section field: the section path, escaped for HTML.
func breadcrumb(path []string) string {
	if len(path) == 0 {
		return ""
	}
	s, _ := cleanField(html.EscapeString(strings.Join(path, " › ")))
	return s
}

// sourceRef is the Source field: "file:line" where the question starts.
func sourceRef(pos notes.Position) string {
	if !pos.IsValid() {
		return ""
	}
	s := pos.Filename
	if s != "" {
		s += ":"
	}
	s, _ = cleanField(html.EscapeString(s + strconv.Itoa(pos.Line)))
	return s
}

// hasCloze reports whether a body holds a cloze deletion.
func hasCloze(b notes.Body) bool {
	root, _ := b.Tree()
	if root == nil {
		return false
	}
	found := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.(*syntax.Cloze); ok && entering {
			found = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// contentSum identifies what a note says: its note type, its fields but
// the last (Source, which moves whenever a line is added above the note),
// and its tags. Two builds of a note with the same sum are the same for
// the learner.
func contentSum(mid int64, flds, tags string) [16]byte {
	if i := strings.LastIndexByte(flds, '\x1f'); i >= 0 {
		flds = flds[:i]
	}
	h := sha256.New()
	var b [8]byte
	for i := range b {
		b[i] = byte(uint64(mid) >> (56 - 8*i))
	}
	h.Write(b[:])
	h.Write([]byte(flds))
	h.Write([]byte{0})
	h.Write([]byte(tags))
	var sum [16]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// modFor returns the mod of a note: the previous package's when the note
// did not change, else the export's time, or one second after the previous
// mod if that is later, so that Anki, which updates a note only when the
// incoming mod is newer, takes the change.
func (p *plan) modFor(guid string, mid int64, flds, tags string) int64 {
	if prev := p.e.Previous; prev != nil {
		if old, ok := prev.notes[guid]; ok {
			if old.sum == contentSum(mid, flds, tags) {
				return old.mod
			}
			return max(p.mod, old.mod+1)
		}
	}
	return p.mod
}
