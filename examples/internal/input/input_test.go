package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

func TestInput(t *testing.T) {
	for _, c := range []struct {
		in   string
		args []string
		want string
		err  bool
	}{
		{"", nil, "", false},
		{"a.md", nil, "a.md", false},
		{"", []string{"b.md"}, "b.md", false},
		{"a.md", []string{"b.md"}, "", true},
		{"", []string{"a.md", "b.md"}, "", true},
	} {
		f := Flags{In: c.in}
		got, err := f.Input(c.args)
		if got != c.want || (err != nil) != c.err {
			t.Errorf("Input(%q, %q) = %q, %v", c.in, c.args, got, err)
		}
	}
}

// With -root above the notes, an image in a sibling folder is read; the
// root must hold the notes.
func TestLoadRoot(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"docs/k8s.md":    "# 什么是 Pod？\n\n![图](../images/pod.png)\n",
		"images/pod.png": "png",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	media, d, err := Load(notes.Parser{}, filepath.Join(dir, "docs", "k8s.md"), dir)
	if err != nil {
		t.Fatal(err)
	}
	for n := range d.All() {
		if len(n.Answer.Media) != 1 || n.Answer.Media[0].Path != "images/pod.png" {
			t.Fatalf("media %+v", n.Answer.Media)
		}
		if data, err := os.ReadFile(filepath.Join(dir, n.Answer.Media[0].Path)); err != nil || string(data) != "png" {
			t.Fatal(err)
		}
	}
	if _, err := media.Open("images/pod.png"); err != nil {
		t.Errorf("the media root does not hold the image: %v", err)
	}
	if _, _, err := Load(notes.Parser{}, filepath.Join(dir, "docs", "k8s.md"), filepath.Join(dir, "images")); err == nil || !strings.Contains(err.Error(), "does not hold") {
		t.Errorf("a root beside the notes: %v", err)
	}
}

// The embedded sample parses with its image.
func TestSample(t *testing.T) {
	media, d, err := Load(notes.Parser{}, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Count().Notes < 4 {
		t.Errorf("%d notes in the sample", d.Count().Notes)
	}
	if _, err := media.Open("pod.png"); err != nil {
		t.Error(err)
	}
}
