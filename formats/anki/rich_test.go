package anki

import (
	"os"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// rich parses testdata/rich: sections, tags, a table, code, local images
// (two of them identical), a remote image, an unanswered question and a
// cloze note. It returns the deck and the media root.
func rich(t testing.TB) (*notes.Deck, *os.Root) {
	t.Helper()
	root, err := os.OpenRoot("testdata/rich")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	d, err := notes.ParseFS(root.FS())
	if err != nil {
		t.Fatal(err)
	}
	return d, root
}

func TestRich(t *testing.T) {
	d, root := rich(t)
	_, sum, p := exportDeck(t, &Exporter{Media: root.FS()}, d)
	if sum.Notes != 4 || sum.Skipped != 1 || sum.Cards != 6 || sum.Media != 2 || len(warnings(sum)) != 0 {
		t.Errorf("summary %+v, want 4 notes, 6 cards, 2 media, 1 skipped, no diagnostics", sum)
	}
	top := p.deckByName(t, "Kubernetes 面试")
	net := p.deckByName(t, "Kubernetes 面试::网络")
	p.deckByName(t, "Kubernetes 面试::存储")
	if !strings.Contains(top.desc, "<strong>Kubernetes</strong>") || !strings.Contains(net.desc, "网络相关的问题") {
		t.Errorf("deck descriptions %q, %q", top.desc, net.desc)
	}
	if !strings.Contains(top.desc, `src="_`) {
		t.Errorf("top deck description: the image is not stored under a _ name: %q", top.desc)
	}
	byQuestion := map[string]noteInfo{}
	for _, n := range p.notes {
		byQuestion[ankiStrip(n.fields[0])] = n
	}
	svc, ok := byQuestion["Service 有哪几种类型？"]
	if !ok {
		t.Fatalf("no Service note among %v", byQuestion)
	}
	if svc.tags != " k8s 面试_题 topic::kubernetes network " {
		t.Errorf("tags %q", svc.tags)
	}
	if svc.fields[2] != "网络" || svc.fields[3] != "notes.md:12" {
		t.Errorf("Section %q, Source %q", svc.fields[2], svc.fields[3])
	}
	if cards := p.cardsOf(svc.id); len(cards) != 1 || cards[0].did != net.id {
		t.Errorf("Service cards %+v, want one in deck %d", cards, net.id)
	}
	pod := byQuestion["Pod 里的容器如何通信？"]
	if !strings.Contains(pod.fields[1], `src="https://example.com/pod.png"`) {
		t.Errorf("remote image not kept as a URL: %q", pod.fields[1])
	}
	// svc.png and svc-copy.png are one file.
	if a, b := imgSrc.FindStringSubmatch(svc.fields[1]), imgSrc.FindStringSubmatch(pod.fields[1]); a == nil || b == nil || srcOf(a) != srcOf(b) {
		t.Errorf("identical images not shared: %q, %q", a, b)
	}
	var cloze noteInfo
	for _, n := range p.notes {
		if p.models[n.mid].typ == 1 {
			cloze = n
		}
	}
	if cloze.id == 0 {
		t.Fatal("no cloze note")
	}
	if p.models[cloze.mid].name != "flashmark Cloze" || len(p.cardsOf(cloze.id)) != 3 {
		t.Errorf("cloze note %q (%s) has %d cards, want 3", cloze.fields[0], p.models[cloze.mid].name, len(p.cardsOf(cloze.id)))
	}
	for _, want := range []string{"{{c1::Pod}}", "{{c2::一个或多个容器::数量}}", "{{c3::网络}}"} {
		if !strings.Contains(cloze.fields[0], want) {
			t.Errorf("cloze Text %q lacks %q", cloze.fields[0], want)
		}
	}
}
