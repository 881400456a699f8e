package notes

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestParseFS(t *testing.T) {
	fsys := fstest.MapFS{
		"10-network.md":        {Data: []byte("---\ntitle: 网络\ntags: [net]\n---\n# TCP 握手？\n三次。\n")},
		"2-pods.md":            {Data: []byte("# Pods\n## What is a Pod?\n![d](img/pod.png)\n## Unanswered\n")},
		"sub/1-storage.md":     {Data: []byte("# PV 和 PVC？\n![x](../img/pv.png)\n")},
		".obsidian/skip.md":    {Data: []byte("# hidden\nx\n")},
		"img/pod.png":          {Data: []byte("png")},
		"notes.txt":            {Data: []byte("# not markdown\n")},
		"sub/deeper/README.MD": {Data: []byte("# Readme question\nyes\n")},
	}
	d, err := (&Parser{Title: "K8s"}).ParseFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "K8s" {
		t.Errorf("Title = %q", d.Title)
	}
	var titles []string
	for _, s := range d.Sections {
		titles = append(titles, s.Title)
	}
	want := []string{"Pods", "网络", "1-storage", "README"}
	if !slices.Equal(titles, want) {
		t.Errorf("sections %q, want %q (natural order, titles from front matter, heading, name)", titles, want)
	}
	byQ := map[string]*Note{}
	for n := range d.All() {
		byQ[n.Question.Text()] = n
	}
	if n := byQ["What is a Pod?"]; n == nil || n.Pos.String() != "2-pods.md:2:1" || strings.Join(n.Path, "/") != "Pods" {
		t.Errorf("pod note: %+v", n)
	} else if m := n.Answer.Media; len(m) != 1 || m[0].Path != "img/pod.png" || m[0].Pos.Filename != "2-pods.md" {
		t.Errorf("pod media: %+v", m)
	}
	if n := byQ["PV 和 PVC？"]; n == nil || n.Answer.Media[0].Path != "img/pv.png" {
		t.Errorf("media relative to the file's directory: %+v", n)
	}
	if n := byQ["TCP 握手？"]; n == nil || strings.Join(n.Tags, ",") != "net" || strings.Join(n.Path, "/") != "网络" {
		t.Errorf("front matter of one file applies to its notes: %+v", n)
	}
	if byQ["hidden"] != nil || byQ["not markdown"] != nil {
		t.Error("hidden or non-Markdown file parsed")
	}
	if got := countDiagnostics(d, "unanswered"); got != 1 || d.Diagnostics[0].Pos.Filename == "" {
		t.Errorf("diagnostics: %v", d.Diagnostics)
	}

	// One file is the same deck as Parse.
	one, err := ParseFS(fsys, "2-pods.md")
	if err != nil {
		t.Fatal(err)
	}
	direct := mustParse(t, "2-pods.md", string(fsys["2-pods.md"].Data))
	if one.Title != direct.Title || one.Count() != direct.Count() || one.Notes[0].ID != direct.Notes[0].ID {
		t.Errorf("single-file ParseFS differs from Parse: %q %+v vs %q %+v", one.Title, one.Count(), direct.Title, direct.Count())
	}

	// Patterns, duplicates and misses.
	two, err := ParseFS(fsys, "*.md", "2-*.md")
	if err != nil || len(two.Sections) != 2 || two.Title != DefaultTitle {
		t.Errorf("patterns: %v, %d sections, title %q", err, len(two.Sections), two.Title)
	}
	if _, err := ParseFS(fsys, "*.rst"); !errors.Is(err, ErrNoFiles) {
		t.Errorf("no match: %v", err)
	}
	if _, err := ParseFS(fsys, "[bad"); err == nil {
		t.Error("bad pattern accepted")
	}
}

func TestParseFSErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("# Q\nok\n")},
		"b.md": {Data: []byte("# Q\nbad \xff\n")},
		"c.md": {Data: []byte("# Q\nbad \x00\n")},
	}
	_, err := ParseFS(fsys)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v, want an ErrorList of 2", err)
	}
	if !errors.Is(err, ErrInvalidUTF8) || !errors.Is(err, ErrNUL) {
		t.Errorf("errors.Is through the list: %v", err)
	}
	if list[0].Pos.String() != "b.md:2:5" || list[1].Pos.String() != "c.md:2:5" {
		t.Errorf("positions: %v", err)
	}
	missing := fstest.MapFS{"a.md": {Data: nil, Mode: fs.ModeDir}}
	if _, err := ParseFS(missing, "a.md"); !errors.Is(err, ErrNoFiles) {
		t.Errorf("directory matched as file: %v", err)
	}
}

func TestNaturalCompare(t *testing.T) {
	names := []string{"10-b.md", "2-a.md", "1.md", "01.md", "a10.md", "a9.md", "b.md", "a.md"}
	slices.SortFunc(names, naturalCompare)
	want := []string{"01.md", "1.md", "2-a.md", "10-b.md", "a.md", "a9.md", "a10.md", "b.md"}
	if !slices.Equal(names, want) {
		t.Errorf("got %q, want %q", names, want)
	}
}

func TestMedia(t *testing.T) {
	tests := []struct {
		ref      string
		dir      string
		wantKind MediaKind
		wantPath string
	}{
		{"a.png", ".", Local, "a.png"},
		{"img/a%20b.png", ".", Local, "img/a b.png"},
		{"./img/a.png?v=1#x", "notes", Local, "notes/img/a.png"},
		{"../a.png", "notes", Local, "a.png"},
		{"../../etc/passwd", ".", Local, "../../etc/passwd"},
		{"/etc/passwd", "notes", Local, "/etc/passwd"},
		{`img\win.png`, ".", Local, "img/win.png"},
		{"https://x.org/a.png", ".", Remote, ""},
		{"HTTP://x.org/a.png", ".", Remote, ""},
		{"//cdn.x.org/a.png", ".", Remote, ""},
		{"data:image/png;base64,AAAA", ".", Data, ""},
		{"C:/pics/a.png", ".", Local, "C:/pics/a.png"},
		{"", "notes", Local, ""},
		{"#frag", "notes", Local, ""},
	}
	for _, tt := range tests {
		kind, p := classifyMedia(tt.ref, tt.dir)
		if kind != tt.wantKind || p != tt.wantPath {
			t.Errorf("classifyMedia(%q, %q) = %v %q, want %v %q", tt.ref, tt.dir, kind, p, tt.wantKind, tt.wantPath)
		}
	}
}
