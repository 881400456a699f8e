package anki

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/flashmark/flashmark/export"
)

// The same notes and time give the same bytes, however many CPUs render
// them and however often they are parsed.
func TestDeterministic(t *testing.T) {
	d, root := rich(t)
	first, _, _ := exportDeck(t, &Exporter{Media: root.FS(), Time: testTime}, d)
	again, _, _ := exportDeck(t, &Exporter{Media: root.FS(), Time: testTime}, d)
	if !bytes.Equal(first, again) {
		t.Fatal("two exports of the same deck differ")
	}
	reparsed, root2 := rich(t)
	prev := runtime.GOMAXPROCS(1)
	one, _, _ := exportDeck(t, &Exporter{Media: root2.FS(), Time: testTime}, reparsed)
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(first, one) {
		t.Fatal("export on one CPU differs from export on all CPUs")
	}
	for _, f := range checkPackage(t, first).entries {
		if !f.Modified.Equal(testTime) {
			t.Errorf("entry %s modified %v, want the export's time %v", f.Name, f.Modified, testTime)
		}
	}
	later, _, _ := exportDeck(t, &Exporter{Media: root.FS(), Time: testTime.Add(time.Hour)}, d)
	if bytes.Equal(first, later) {
		t.Fatal("exports at different times are identical: the time is not used")
	}
}

// writeSeed writes the seed notes src to name with WriteFile at time at,
// and returns the package read back.
func writeSeed(t *testing.T, name, src string, at time.Time) *pkg {
	t.Helper()
	d := parse(t, "kubernetes-interview-notes.md", src)
	sum, err := export.WriteFile(context.Background(), &Exporter{Time: at}, name, d)
	if err != nil {
		t.Fatalf("WriteFile: %v", err)
	}
	if w := warnings(sum); len(w) != 0 {
		t.Errorf("warnings: %v", w)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return checkPackage(t, data)
}

func seedSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mods(p *pkg) map[string]int64 {
	m := map[string]int64{}
	for _, n := range p.notes {
		m[n.guid] = n.mod
	}
	return m
}

// Writing the same notes over the previous package gives the same guids
// and, at the same time, the same bytes; at a later time every note keeps
// its mod, so re-importing changes nothing in Anki.
func TestReexportUnchanged(t *testing.T) {
	src := seedSource(t)
	name := filepath.Join(t.TempDir(), "k8s.apkg")
	p1 := writeSeed(t, name, src, testTime)
	b1, _ := os.ReadFile(name)
	p2 := writeSeed(t, name, src, testTime)
	b2, _ := os.ReadFile(name)
	if !bytes.Equal(b1, b2) {
		t.Error("rewriting the same notes at the same time changed the package")
	}
	p3 := writeSeed(t, name, src, testTime.Add(24*time.Hour))
	m1, m3 := mods(p1), mods(p3)
	if !maps.Equal(m1, mods(p2)) || !maps.Equal(m1, m3) {
		t.Errorf("mods changed for unchanged notes:\n%v\n%v", m1, m3)
	}
	for _, n := range p3.notes {
		if n.mod != testTime.Unix() {
			t.Errorf("note %s: mod %d, want the first export's %d", n.guid, n.mod, testTime.Unix())
		}
	}
}

// Editing one answer changes that note's mod and no other, even when the
// edit adds lines and so moves the Source of every later note.
func TestReexportEdited(t *testing.T) {
	src := seedSource(t)
	name := filepath.Join(t.TempDir(), "k8s.apkg")
	p1 := writeSeed(t, name, src, testTime)

	const old = "flannelcalicocannel"
	edited := strings.Replace(src, old, "flannel、calico、canal\n\n还有 cilium。", 1)
	if edited == src {
		t.Fatalf("seed lacks %q", old)
	}
	later := testTime.Add(48 * time.Hour)
	p2 := writeSeed(t, name, edited, later)
	changed := changedGuids(p1, p2)
	if len(changed) != 1 {
		t.Fatalf("%d notes changed mod, want 1: %v", len(changed), changed)
	}
	n := p2.byGuid()[changed[0]]
	if !strings.Contains(n.fields[1], "cilium") || n.mod != later.Unix() {
		t.Errorf("changed note %q has mod %d, want the edit with mod %d", n.fields[0], n.mod, later.Unix())
	}
	moved := 0
	for _, n2 := range p2.notes {
		if n2.fields[3] != p1.byGuid()[n2.guid].fields[3] {
			moved++
		}
	}
	if moved == 0 {
		t.Error("the edit moved no Source: the test does not test moved notes")
	}

	// Written again at the same time as the edit, the edited note still
	// gets a newer mod than the one Anki has, so Anki takes the change.
	again := strings.Replace(edited, "还有 cilium。", "还有 cilium 和 weave。", 1)
	p3 := writeSeed(t, name, again, later)
	changed = changedGuids(p2, p3)
	if len(changed) != 1 || p3.byGuid()[changed[0]].mod != later.Unix()+1 {
		t.Errorf("second edit at the same time: changed %v, want one note with mod %d", changed, later.Unix()+1)
	}
}

func changedGuids(a, b *pkg) []string {
	ma, mb := mods(a), mods(b)
	var changed []string
	for g, m := range mb {
		if ma[g] != m {
			changed = append(changed, g)
		}
	}
	slices.Sort(changed)
	return changed
}

// Moving questions around in the file changes no guid.
func TestReexportReordered(t *testing.T) {
	src := seedSource(t)
	parts := strings.Split(src, "\n# ")
	// Keep the preface first, move the first question to the end and swap
	// two others.
	reordered := append([]string{parts[0]}, parts[2:]...)
	reordered = append(reordered, parts[1])
	reordered[3], reordered[5] = reordered[5], reordered[3]
	for i := 1; i < len(reordered); i++ {
		reordered[i] = strings.TrimRight(reordered[i], "\n") + "\n"
	}
	dir := t.TempDir()
	p1 := writeSeed(t, filepath.Join(dir, "a.apkg"), src, testTime)
	p2 := writeSeed(t, filepath.Join(dir, "b.apkg"), strings.Join(reordered, "\n# "), testTime)
	g1 := slices.Sorted(maps.Keys(p1.byGuid()))
	g2 := slices.Sorted(maps.Keys(p2.byGuid()))
	if !slices.Equal(g1, g2) {
		t.Errorf("reordering changed guids: %d before, %d after", len(g1), len(g2))
	}
	if slices.Equal(noteOrder(p1), noteOrder(p2)) {
		t.Error("the reordered file gave the same order: the test does not reorder")
	}
}

func noteOrder(p *pkg) []string {
	var order []string
	for _, n := range p.notes {
		order = append(order, n.guid)
	}
	return order
}

// A changed tag is a change; an unrelated zip at the output path is
// replaced with a warning.
func TestReexportTagsAndForeignFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "deck.apkg")
	v1 := "# 问题一\n\n答案一\n\n# 问题二\n\n答案二\n"
	v2 := "# 问题一 {.重点}\n\n答案一\n\n# 问题二\n\n答案二\n"
	write := func(src string, at time.Time) (*pkg, []string) {
		d := parse(t, "notes.md", src)
		sum, err := export.WriteFile(context.Background(), &Exporter{Time: at}, name, d)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(name)
		return checkPackage(t, data), warnings(sum)
	}
	// A zip that is not an Anki package (a notes file at that name is
	// refused: see TestWriteOverNotes).
	var foreign bytes.Buffer
	zw := zip.NewWriter(&foreign)
	f, _ := zw.Create("readme.txt")
	f.Write([]byte("not a deck"))
	zw.Close()
	if err := os.WriteFile(name, foreign.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	p1, diags := write(v1, testTime)
	if len(diags) != 1 || !strings.Contains(diags[0], "not an Anki package") {
		t.Errorf("diagnostics %q, want a warning about the foreign file", diags)
	}
	p2, diags := write(v2, testTime.Add(time.Hour))
	if len(diags) != 0 {
		t.Errorf("diagnostics %q", diags)
	}
	if changed := changedGuids(p1, p2); len(changed) != 1 || p2.byGuid()[changed[0]].tags != " 重点 " {
		t.Errorf("changed %v, want the newly tagged note", changed)
	}
}

// Writing a package over the notes, another kind of file or a directory
// fails and leaves it as it was; so do the names Anki reads as a whole
// collection.
func TestWriteOverNotes(t *testing.T) {
	dir := t.TempDir()
	notesFile := filepath.Join(dir, "notes.md")
	src := "# 什么是 Pod？\n\n最小的调度单位。\n"
	if err := os.WriteFile(notesFile, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "guide.apkg")
	if err := os.WriteFile(pdf, []byte("%PDF-1.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := parse(t, "notes.md", src)
	for _, c := range []struct {
		name string
		want error
	}{
		{notesFile, export.ErrOtherKind},
		{pdf, export.ErrOtherKind},
		{dir, export.ErrOtherKind},
		{filepath.Join(dir, "collection.apkg"), ErrCollectionName},
		{filepath.Join(dir, "Backup-2026-01-01.APKG"), ErrCollectionName},
	} {
		_, err := export.WriteFile(context.Background(), &Exporter{Time: testTime}, c.name, d)
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.name) {
			t.Errorf("WriteFile(%s): %v, want %v naming the file", c.name, err, c.want)
		}
	}
	if got, _ := os.ReadFile(notesFile); string(got) != src {
		t.Errorf("the notes changed: %q", got)
	}
	if got, _ := os.ReadFile(pdf); string(got) != "%PDF-1.7\n" {
		t.Errorf("the PDF changed: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the directory, want the 2 there before", len(entries))
	}
}

// A note that turns from basic into cloze gets a new guid, with a warning;
// every other note keeps its guid, and the new guid stays on later
// exports.
func TestReexportKindChange(t *testing.T) {
	name := filepath.Join(t.TempDir(), "deck.apkg")
	basic := "# 什么是 Pod？\n\n最小的调度单位。\n\n# 什么是 Service？\n\n稳定的访问入口。\n"
	cloze := "# 什么是 Pod？\n\n{{c1::最小的调度单位}}。\n\n# 什么是 Service？\n\n稳定的访问入口。\n"
	write := func(src string, at time.Time) (*pkg, []string) {
		t.Helper()
		sum, err := export.WriteFile(context.Background(), &Exporter{Time: at}, name, parse(t, "notes.md", src))
		if err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(name)
		return checkPackage(t, data), warnings(sum)
	}
	guids := func(p *pkg) []string {
		var g []string
		for _, n := range p.notes {
			g = append(g, n.guid)
		}
		slices.Sort(g)
		return g
	}
	p1, w1 := write(basic, testTime)
	p2, w2 := write(cloze, testTime.Add(time.Hour))
	p3, w3 := write(cloze, testTime.Add(2*time.Hour))
	if len(w1) != 0 || len(w3) != 0 {
		t.Errorf("warnings %q, %q", w1, w3)
	}
	if len(w2) != 1 || !strings.HasPrefix(w2[0], "notes.md:1:1: warning: note changed from \"flashmark Basic\" to \"flashmark Cloze\"") {
		t.Errorf("warnings %q, want one about the note that changed kind", w2)
	}
	g1, g2 := guids(p1), guids(p2)
	kept := 0
	for _, g := range g2 {
		if slices.Contains(g1, g) {
			kept++
		}
	}
	if kept != 1 {
		t.Errorf("guids %v then %v: want exactly the unchanged note's kept", g1, g2)
	}
	if !slices.Equal(g2, guids(p3)) {
		t.Errorf("guids moved again on an export without changes: %v, %v", g2, guids(p3))
	}
	// Back to basic: the note takes its first guid again, which Anki still
	// knows as a basic note.
	p4, _ := write(basic, testTime.Add(3*time.Hour))
	if !slices.Equal(g1, guids(p4)) {
		t.Errorf("back to basic: guids %v, want the first ones %v", guids(p4), g1)
	}
}
