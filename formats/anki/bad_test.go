package anki

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// An image that points outside the notes' root embeds nothing: each
// reference is a diagnostic at its position, and no byte of the file
// outside reaches the package.
func TestImageOutsideRoot(t *testing.T) {
	dir := t.TempDir()
	secret := "TOP SECRET " + strings.Repeat("x", 64)
	if err := os.WriteFile(filepath.Join(dir, "secret.png"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	notesDir := filepath.Join(dir, "notes")
	if err := os.Mkdir(notesDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "secret.png"), filepath.Join(notesDir, "link.png")); err != nil {
		t.Fatal(err)
	}
	src := "# 问题\n\n看图：\n\n![passwd](../../etc/passwd)\n![secret](../secret.png)\n![abs](/etc/passwd)\n![link](link.png)\n![missing](nope.png)\n"
	root, err := os.OpenRoot(notesDir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	d := parse(t, "notes.md", src)
	for _, fsys := range []struct {
		name string
		e    *Exporter
	}{
		{"os.Root", &Exporter{Media: root.FS()}},
		{"os.DirFS", &Exporter{Media: os.DirFS(notesDir)}},
		{"no root", &Exporter{}},
	} {
		t.Run(fsys.name, func(t *testing.T) {
			data, sum, p := exportDeck(t, fsys.e, d)
			if sum.Media != 0 || len(p.files) != 0 {
				t.Errorf("%d media embedded, want none", len(p.files))
			}
			if bytes.Contains(data, []byte("TOP SECRET")) || bytes.Contains(data, []byte("root:x:0")) {
				t.Error("the package holds a file from outside the notes' root")
			}
			for name, b := range p.files {
				if bytes.Contains(b, []byte("TOP SECRET")) {
					t.Errorf("media %s is the file outside the root", name)
				}
			}
			if len(sum.Diagnostics) != 5 {
				t.Fatalf("diagnostics %v, want one per image", sum.Diagnostics)
			}
			for i, ref := range []string{"../../etc/passwd", "../secret.png", "/etc/passwd", "link.png", "nope.png"} {
				dg := sum.Diagnostics[i]
				if dg.Pos.Line != 5+i || dg.Severity != notes.Warning || !strings.Contains(dg.Msg, ref) {
					t.Errorf("diagnostic %d = %v, want a warning about %s at line %d", i, dg, ref, 5+i)
				}
			}
			for _, m := range imgSrc.FindAllStringSubmatch(p.notes[0].fields[1], -1) {
				if srcOf(m) != "" {
					t.Errorf("image left out has src %q, want none", srcOf(m))
				}
			}
		})
	}
}

// Script written in the notes never reaches a field or a deck
// description. This relies on export.HTML's sanitiser.
func TestScriptNeverReachesFields(t *testing.T) {
	src := `<script>alert("preface")</script>
<img src="https://x.example/a.png" onerror="alert('preface')">

# 问题 <script>alert("q")</script>

<script>alert("block")</script>

答案 <img src=https://x.example/b.png onerror="alert(1)"> <a href="javascript:alert(2)">链接</a>
<iframe src="https://evil.example"></iframe>
<div onclick="alert(3)">点我</div>
<svg><script>alert(4)</script></svg>
`
	d := parse(t, "notes.md", src)
	_, _, p := exportDeck(t, nil, d)
	var texts []string
	for _, n := range p.notes {
		texts = append(texts, n.fields...)
	}
	for _, dk := range p.decks {
		texts = append(texts, dk.desc)
	}
	if len(p.notes) != 1 || !strings.Contains(p.notes[0].fields[1], "答案") {
		t.Fatalf("notes %v, want the answer kept", p.notes)
	}
	for _, s := range texts {
		lower := strings.ToLower(s)
		for _, bad := range []string{"<script", "onerror", "onclick", "javascript:", "<iframe", "alert("} {
			if strings.Contains(lower, bad) {
				t.Errorf("%q reached a field or description: %s", bad, s)
			}
		}
	}
}

// Control characters in the notes, which would split fields or break
// Anki's import, never reach a field; the text around them does.
func TestControlCharacters(t *testing.T) {
	d := parse(t, "notes.md", "---\r\nquestion_level: 2\r\n---\r\n# 章节\x1f一\r\n\r\n## 问题\x0b一\r\n\r\n答案\x1f含分隔符\x07\r\n\r\n## 问题二\r\n\r\n答案二\r\n# 第二章\n## 问题三\n答案三\n")
	_, _, p := exportDeck(t, &Exporter{}, d)
	if len(p.notes) != 3 {
		t.Fatalf("%d notes, want 3", len(p.notes))
	}
	for _, n := range p.notes {
		if len(n.fields) != 4 || strings.ContainsAny(strings.Join(n.fields, ""), "\x0b\x1f\x07\r") {
			t.Errorf("fields %q", n.fields)
		}
	}
	if f := p.notes[0].fields; !strings.Contains(f[1], "答案") || !strings.Contains(f[1], "含分隔符") || f[2] != "章节一" {
		t.Errorf("fields %q lost text", f)
	}
}

// A path that cannot be written fails with an error naming it, and
// leaves no file behind.
func TestUnwritableOutput(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	d := seed(t)
	for _, name := range []string{
		filepath.Join(file, "deck.apkg"),           // parent is a file
		filepath.Join(dir, "missing", "deck.apkg"), // parent does not exist
	} {
		sum, err := export.WriteFile(context.Background(), &Exporter{Time: testTime}, name, d)
		if err == nil || sum != nil {
			t.Errorf("WriteFile(%s) = %v, %v; want an error", name, sum, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "export: ") || !strings.Contains(err.Error(), filepath.Dir(name)) {
			t.Errorf("error %q does not start with export: and name the file", err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries after failures, want only the plain file", len(entries))
	}
}

// A cancelled export stops with the context's error and, through
// WriteFile, leaves neither the file nor a temporary one.
func TestCancel(t *testing.T) {
	var md bytes.Buffer
	if err := corpus.Generate(&md, 3000, 1); err != nil {
		t.Fatal(err)
	}
	d := parse(t, "corpus.md", md.String())
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	e := &Exporter{Time: testTime, Progress: func(done, total int) {
		calls++
		cancel() // cancel once writing is under way
	}}
	dir := t.TempDir()
	name := filepath.Join(dir, "deck.apkg")
	sum, err := export.WriteFile(ctx, e, name, d)
	if !errors.Is(err, context.Canceled) || sum != nil {
		t.Errorf("WriteFile = %v, %v; want context.Canceled", sum, err)
	}
	if calls != 1 {
		t.Errorf("Progress called %d times after cancellation", calls)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("cancelled WriteFile left %v", entries)
	}
	if _, err := (&Exporter{}).Export(ctx, &bytes.Buffer{}, d); !errors.Is(err, context.Canceled) {
		t.Errorf("export with a cancelled context: %v", err)
	}
}

// A nil deck is an error, not a panic.
func TestNilDeck(t *testing.T) {
	if _, err := (&Exporter{}).Export(context.Background(), &bytes.Buffer{}, nil); err == nil {
		t.Error("no error for a nil deck")
	}
}

// An error of the writer is returned.
func TestWriterError(t *testing.T) {
	_, err := (&Exporter{Time: testTime}).Export(context.Background(), failWriter{}, seed(t))
	if !errors.Is(err, errDiskFull) {
		t.Errorf("error %v, want the writer's", err)
	}
}

var errDiskFull = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

// An image written as raw HTML is embedded like a Markdown image; one
// that cannot be is reported at its position and shows its alt text,
// never an <img> pointing at nothing.
func TestRawHTMLImage(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n raw image")
	if err := os.WriteFile(filepath.Join(dir, "diagram.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	d := parse(t, "notes.md", "前言 <img src=\"cover.png\">\n\n# 问题\n\n答案 <img src=\"diagram.png\" alt=\"图\" width=\"300\"> <img src=\"https://example.com/ok.png\">\n")
	var buf bytes.Buffer
	sum, err := (&Exporter{Time: testTime, Media: root.FS()}).Export(context.Background(), &buf, d)
	if err != nil {
		t.Fatal(err)
	}
	p := checkPackage(t, buf.Bytes())
	var stored string
	for name, data := range p.files {
		if bytes.Equal(data, png) {
			stored = name
		}
	}
	if len(p.files) != 1 || stored == "" {
		t.Fatalf("media %v, want diagram.png embedded", p.media)
	}
	if back, want := p.notes[0].fields[1], `<img src="`+stored+`" alt="图" width="300" />`; !strings.Contains(back, want) {
		t.Errorf("answer %q, want %q", back, want)
	}
	shown := false
	for _, dk := range p.decks {
		shown = shown || strings.Contains(dk.desc, `<span class="missing-image">cover.png</span>`)
	}
	if !shown {
		t.Errorf("no deck description shows the missing image's name: %v", p.decks)
	}
	msgs := warnings(sum)
	if len(msgs) != 1 || !strings.HasPrefix(msgs[0], "notes.md:1:8: warning: image cover.png left out") {
		t.Errorf("warnings %q, want one for cover.png at 1:8", msgs)
	}
}

// No temporary file outlives an export or a read, whether it succeeds,
// fails or is cancelled.
func TestNoTemporaryFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	d := seed(t)
	data, _, _ := exportDeck(t, nil, d)
	if _, err := ReadPrevious(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
		t.Fatal(err)
	}
	bad := packageWith(t, map[string][]byte{"collection.anki2": []byte("not a database at all, not at all")})
	if _, err := ReadPrevious(context.Background(), bytes.NewReader(bad), int64(len(bad))); err == nil {
		t.Error("no error for a bad collection")
	}
	if _, err := (&Exporter{}).Export(context.Background(), failWriter{}, d); err == nil {
		t.Error("no error for a failing writer")
	}
	ctx, cancel := context.WithCancel(context.Background())
	e := &Exporter{Progress: func(int, int) { cancel() }}
	if _, err := e.Export(ctx, &bytes.Buffer{}, d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled export: %v", err)
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("temporary files left: %v", entries)
	}
}
