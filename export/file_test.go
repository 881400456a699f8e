package export

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// exporterFunc adapts a function to Exporter.
type exporterFunc func(ctx context.Context, w io.Writer, d *notes.Deck) error

func (f exporterFunc) Export(ctx context.Context, w io.Writer, d *notes.Deck) (*Summary, error) {
	if err := f(ctx, w, d); err != nil {
		return nil, err
	}
	return &Summary{Notes: 1}, nil
}

// writing returns an exporter that writes s.
func writing(s string) exporterFunc {
	return func(_ context.Context, w io.Writer, _ *notes.Deck) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// Heads of files of each kind.
const (
	pdfHead  = "%PDF-1.7\n..."
	zipHead  = "PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x0f\x00\x00\x00collection.anki2..."
	epubHead = "PK\x03\x04\x0a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00mimetypeapplication/epub+zipPK..."
	notesMD  = "# 什么是 Pod？\n最小的调度单位。\n"
)

func TestWriteFile(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name    string
		old     string // "" for no file
		cancel  bool
		export  exporterFunc
		opts    []WriteOption
		wantErr error
		want    string // the file's content afterwards
	}{
		{"new file", "", false, writing(pdfHead), nil, nil, pdfHead},
		{"replaces a file of its kind", pdfHead + "old", false, writing(pdfHead), nil, nil, pdfHead},
		{"replaces an empty file", "\x00"[:0], false, writing(zipHead), nil, nil, zipHead},
		{"error keeps the old file", pdfHead + "old", false, func(_ context.Context, w io.Writer, _ *notes.Deck) error {
			io.WriteString(w, "half")
			return errBoom
		}, nil, errBoom, pdfHead + "old"},
		{"cancellation keeps the old file", pdfHead + "old", true, writing(pdfHead), nil, context.Canceled, pdfHead + "old"},
		{"notes are never replaced", notesMD, false, writing(pdfHead), nil, ErrOtherKind, notesMD},
		{"a PDF is not replaced by a zip", pdfHead, false, writing(zipHead), nil, ErrOtherKind, pdfHead},
		{"an EPUB is not replaced by another zip", epubHead, false, writing(zipHead), nil, ErrOtherKind, epubHead},
		{"an EPUB replaces an EPUB", epubHead + "old", false, writing(epubHead), nil, nil, epubHead},
		{"binary data is not replaced", "\x89PNG\r\n\x1a\n\x00\x00", false, writing(pdfHead), nil, ErrOtherKind, "\x89PNG\r\n\x1a\n\x00\x00"},
		{"ReplaceAnyKind replaces notes", notesMD, false, writing(pdfHead), []WriteOption{ReplaceAnyKind()}, nil, pdfHead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "deck.out")
			if tt.old != "" || strings.Contains(tt.name, "empty") {
				if err := os.WriteFile(name, []byte(tt.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			e := exporterFunc(func(c context.Context, w io.Writer, d *notes.Deck) error {
				if tt.cancel {
					cancel()
				}
				return tt.export(c, w, d)
			})
			sum, err := WriteFile(ctx, e, name, &notes.Deck{Title: "T"}, tt.opts...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if errors.Is(err, ErrOtherKind) && !strings.Contains(err.Error(), name) {
				t.Errorf("error %q does not name the file", err)
			}
			if err == nil && (sum == nil || sum.Bytes != int64(len(tt.want)) || sum.Notes != 1) {
				t.Errorf("summary %+v, want Bytes %d and the exporter's counts", sum, len(tt.want))
			}
			got, _ := os.ReadFile(name)
			if string(got) != tt.want {
				t.Errorf("file holds %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("directory holds %d entries, want only the output (no temporary file)", len(entries))
			}
			if info, err := os.Stat(name); err == nil && tt.wantErr == nil && info.Mode().Perm()&0o044 == 0 {
				t.Errorf("output mode %v is not readable by others", info.Mode())
			}
		})
	}
}

func TestWriteFileDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := WriteFile(context.Background(), writing(pdfHead), dir, &notes.Deck{})
	if !errors.Is(err, ErrOtherKind) || !strings.Contains(err.Error(), "directory") {
		t.Errorf("writing over a directory: %v, want ErrOtherKind naming a directory", err)
	}
}

func TestWriteFileUnwritable(t *testing.T) {
	name := filepath.Join(t.TempDir(), "missing-dir", "deck.out")
	_, err := WriteFile(context.Background(), writing("x"), name, &notes.Deck{})
	if err == nil || !strings.HasPrefix(err.Error(), "export: ") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want an export error wrapping os.ErrNotExist", err)
	}
	if _, err := os.Stat(name); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output exists after a failed write: %v", err)
	}
}

// updater records the old file it is given.
type updater struct {
	exporterFunc
	old *string
}

func (u updater) Update(ctx context.Context, w io.Writer, d *notes.Deck, old io.ReaderAt, size int64) (*Summary, error) {
	b := make([]byte, size)
	if _, err := old.ReadAt(b, 0); err != nil && err != io.EOF {
		return nil, err
	}
	*u.old = string(b)
	return u.Export(ctx, w, d)
}

func TestWriteFileUpdater(t *testing.T) {
	name := filepath.Join(t.TempDir(), "deck.apkg")
	var old string
	u := updater{writing(zipHead + "v1"), &old}
	if _, err := WriteFile(context.Background(), u, name, &notes.Deck{}); err != nil {
		t.Fatal(err)
	}
	if old != "" {
		t.Errorf("Update called with %q for a new file", old)
	}
	u.exporterFunc = writing(zipHead + "v2")
	if _, err := WriteFile(context.Background(), u, name, &notes.Deck{}); err != nil {
		t.Fatal(err)
	}
	if old != zipHead+"v1" {
		t.Errorf("Update got %q, want the file it replaces", old)
	}
}

// picky refuses one name.
type picky struct{ exporterFunc }

var errName = errors.New("reserved name")

func (picky) CheckName(name string) error {
	if filepath.Base(name) == "reserved.out" {
		return errName
	}
	return nil
}

func TestWriteFileNameChecker(t *testing.T) {
	dir := t.TempDir()
	p := picky{writing(pdfHead)}
	if _, err := WriteFile(context.Background(), p, filepath.Join(dir, "reserved.out"), &notes.Deck{}); !errors.Is(err, errName) {
		t.Errorf("reserved name: %v, want %v", err, errName)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused name left %d files", len(entries))
	}
	if _, err := WriteFile(context.Background(), p, filepath.Join(dir, "fine.out"), &notes.Deck{}); err != nil {
		t.Error(err)
	}
}

func TestSniffKind(t *testing.T) {
	for _, c := range []struct {
		head string
		want fileKind
	}{
		{"", kindEmpty},
		{notesMD, kindText},
		{"plain ascii", kindText},
		{string([]byte("中文")[:4]), kindText}, // a character cut at the end
		{pdfHead, kindPDF},
		{zipHead, kindZip},
		{epubHead, kindEPUB},
		{"PK\x05\x06" + strings.Repeat("\x00", 18), kindZip},
		{"\xff\xfe\x00\x00", kindUnknown},
		{"GIF89a\x00", kindUnknown},
	} {
		if got := sniffKind([]byte(c.head)); got != c.want {
			t.Errorf("sniffKind(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}

// The summary's diagnostics are the deck's and the exporter's, in file
// order, without repeats.
func TestDiagnostics(t *testing.T) {
	at := func(file string, off int, msg string) notes.Diagnostic {
		return notes.Diagnostic{Pos: notes.Position{Filename: file, Offset: off, Line: 1, Column: off + 1}, Msg: msg}
	}
	d := &notes.Deck{Diagnostics: []notes.Diagnostic{at("a.md", 5, "parser"), at("b.md", 0, "parser b")}}
	got := Diagnostics(d, []notes.Diagnostic{at("a.md", 9, "export"), at("a.md", 1, "first")}, []notes.Diagnostic{at("a.md", 5, "parser")})
	var msgs []string
	for _, g := range got {
		msgs = append(msgs, g.Msg)
	}
	if want := "first parser export parser b"; strings.Join(msgs, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(msgs, " "), want)
	}
	if len(d.Diagnostics) != 2 {
		t.Errorf("the deck's diagnostics changed")
	}
}
