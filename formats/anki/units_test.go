package anki

import (
	"math"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

func TestAnkiTag(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"k8s", "k8s"},
		{"面试 题", "面试_题"},
		{"a\tb\u3000c", "a_b_c"},
		{"k8s/network", "k8s::network"},
		{"k8s::network", "k8s::network"},
		{"::a::::b::", "a::b"},
		{"/lead/", "lead"},
		{`say "hi"`, "say_hi"},
		{"ctl\x01\x7f", "ctl"},
		{"   ", "___"},
		{"", ""},
		{"::", ""},
		{"C++", "C++"},
	} {
		if got := ankiTag(tc.in); got != tc.want {
			t.Errorf("ankiTag(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTagList(t *testing.T) {
	got := tagList([]string{"K8s", "k8s", "", "::", "net"}, []string{"NET", "extra"})
	if strings.Join(got, " ") != "K8s net extra" {
		t.Errorf("tagList = %q", got)
	}
	if tagsColumn(nil) != "" || tagsColumn([]string{"a", "b"}) != " a b " {
		t.Error("tagsColumn")
	}
}

func TestGuid(t *testing.T) {
	for _, id := range []string{"854cc6a4014dd9a8", "pod-basics", "", "问题"} {
		g := Guid(id)
		if len(g) < 1 || len(g) > 10 {
			t.Errorf("Guid(%q) = %q", id, g)
		}
		for _, r := range g {
			if !strings.ContainsRune(base91, r) {
				t.Errorf("Guid(%q) = %q holds %q, not in Anki's base-91 alphabet", id, g, r)
			}
		}
	}
	// Released: this value must never change, or every learner's notes
	// would be duplicated on the next import. It was checked against
	// Anki's own base91 (pylib/anki/utils.py) in Python.
	if got := Guid("pod-basics"); got != "dDW%&Z*vH0" {
		t.Errorf("Guid(pod-basics) = %q, want the released %q", got, "dDW%&Z*vH0")
	}
	if Guid("a") == Guid("b") {
		t.Error("different IDs, same guid")
	}
	if len(base91) != 91 {
		t.Fatalf("alphabet has %d characters", len(base91))
	}
	for _, tc := range []struct {
		v    uint64
		want string
	}{{0, "a"}, {1, "b"}, {90, "~"}, {91, "ba"}, {math.MaxUint64, "Rj&Z5m[>Zp"}} {
		if got := base91String(tc.v); got != tc.want {
			t.Errorf("base91String(%d) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestStripHTML(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"hello", "hello"},
		{"<p>a &amp; b</p>", "a & b"},
		{"<p>一</p>\n<p>二</p>", "一\n二"},
		{`x<img src="a.png" alt="A">y`, "x a.png y"},
		{`<IMG SRC='b c.png'>`, " b c.png "},
		{"<img src=d.png>", " d.png "},
		{"<img alt=x>", ""},
		{"a<style>p{}</style>b<script>x()</script>c<!-- note -->d", "abcd"},
		{"a < b", "a < b"},
		{"&lt;tag&gt;", "<tag>"},
		{"<br/>", ""},
	} {
		if got := stripHTML(tc.in); got != tc.want {
			t.Errorf("stripHTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := ankiStrip(tc.in); got != tc.want && tc.in != "a < b" {
			t.Errorf("test helper ankiStrip(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanField(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      int
	}{
		{"plain 文字\n\ttab", "plain 文字\n\ttab", 0},
		{"a\x1fb", "ab", 1},
		{"a\r\nb", "a\nb", 0},
		{"\x00\x07\x0b\x7f", "", 4},
		{"c1\u0085x\u00a0", "c1x\u00a0", 1},
	} {
		got, bad := cleanField(tc.in)
		if got != tc.want || bad != tc.bad {
			t.Errorf("cleanField(%q) = %q, %d; want %q, %d", tc.in, got, bad, tc.want, tc.bad)
		}
	}
}

func TestDeckNames(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Interview::Kubernetes", "Interview|Kubernetes"},
		{" 面试 ::  K8s  基础 ::", "面试|K8s 基础"},
		{"a\nb", "a b"},
		{"::", ""},
	} {
		if got := strings.Join(deckNameParts(tc.in), "|"); got != tc.want {
			t.Errorf("deckNameParts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"C++::STL", "C++:STL"},
		{"  ", "-"},
		{"网络\x01", "网络"},
	} {
		if got := sectionDeckPart(tc.in); got != tc.want {
			t.Errorf("sectionDeckPart(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Released: deck ids derive from names and must not change.
	if got := deckID("网络::Service"); got != deckID("网络::Service") || got < deckIDBase || got >= deckIDBase+deckIDRange {
		t.Errorf("deckID = %d", got)
	}
	if got := deckID("Interview::Kubernetes"); got != 1501983809445 {
		t.Errorf("deckID(Interview::Kubernetes) = %d, want the released 1501983809445", got)
	}
}

// Two deck names whose ids collide get distinct ids.
func TestDeckIDCollision(t *testing.T) {
	p := &plan{e: &Exporter{}, byName: map[string]*deck{}, ids: map[int64]bool{1: true, deckID("b"): true}, descs: map[string]notes.Body{}}
	d := p.deck([]string{"b"})
	if d.id != deckID("b")+1 {
		t.Errorf("id %d, want the next free one", d.id)
	}
	if p.deck([]string{"B"}) != d {
		t.Error("deck names differing in case make two decks; Anki would merge them")
	}
}

func TestMediaName(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	for _, tc := range []struct {
		path string
		data []byte
		ext  string
	}{
		{"img/a.PNG", png, ".png"},
		{"img/a", png, ".png"},
		{"a.jpeg", []byte("x"), ".jpeg"},
		{"a.very-long-ext", []byte("x"), ""},
		{"a.p g", []byte("x"), ""},
		{"diagram", []byte(" <svg xmlns='http://www.w3.org/2000/svg'/>"), ".svg"},
	} {
		var sum [32]byte
		name := mediaName(tc.path, sum, tc.data)
		if name != strings.Repeat("0", 32)+tc.ext {
			t.Errorf("mediaName(%q) = %q, want extension %q", tc.path, name, tc.ext)
		}
		checkMediaName(t, name)
	}
}
