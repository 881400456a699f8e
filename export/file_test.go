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

func (f exporterFunc) Export(ctx context.Context, w io.Writer, d *notes.Deck) error {
	return f(ctx, w, d)
}

func TestWriteFile(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name    string
		cancel  bool
		export  exporterFunc
		wantErr error
		want    string // the file's content afterwards
	}{
		{"success replaces", false, func(_ context.Context, w io.Writer, d *notes.Deck) error {
			_, err := io.WriteString(w, "new "+d.Title)
			return err
		}, nil, "new T"},
		{"error keeps the old file", false, func(_ context.Context, w io.Writer, _ *notes.Deck) error {
			io.WriteString(w, "half")
			return errBoom
		}, errBoom, "old"},
		{"cancellation keeps the old file", true, func(ctx context.Context, w io.Writer, _ *notes.Deck) error {
			io.WriteString(w, "half")
			return nil // the exporter ignores ctx; WriteFile must not
		}, context.Canceled, "old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "deck.out")
			if err := os.WriteFile(name, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			e := exporterFunc(func(c context.Context, w io.Writer, d *notes.Deck) error {
				if tt.cancel {
					cancel()
				}
				return tt.export(c, w, d)
			})
			err := WriteFile(ctx, e, name, &notes.Deck{Title: "T"})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
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

func TestWriteFileUnwritable(t *testing.T) {
	name := filepath.Join(t.TempDir(), "missing-dir", "deck.out")
	err := WriteFileFunc(context.Background(), name, func(w io.Writer) error { return nil })
	if err == nil || !strings.HasPrefix(err.Error(), "export: ") || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want an export error wrapping os.ErrNotExist", err)
	}
	if _, err := os.Stat(name); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output exists after a failed write: %v", err)
	}
}

// fileWriter is an Exporter that writes files itself.
type fileWriter struct{ called *string }

func (fileWriter) Export(context.Context, io.Writer, *notes.Deck) error {
	return errors.New("not used")
}

func (f fileWriter) WriteFile(_ context.Context, name string, _ *notes.Deck) (*Summary, error) {
	*f.called = name
	return &Summary{}, nil
}

func TestWriteFileUsesFileWriter(t *testing.T) {
	var called string
	if err := WriteFile(context.Background(), fileWriter{&called}, "x.out", &notes.Deck{}); err != nil {
		t.Fatal(err)
	}
	if called != "x.out" {
		t.Errorf("FileWriter.WriteFile not used: %q", called)
	}
}

func TestFormatsLookup(t *testing.T) {
	fs := Formats{
		{Name: "anki", Ext: ".apkg"},
		{Name: "epub", Ext: ".epub"},
	}
	tests := []struct {
		key, want string
		file      bool
	}{
		{"anki", "anki", false}, {"ANKI", "anki", false}, {".apkg", "anki", false}, {"apkg", "anki", false},
		{"epub", "epub", false}, {"pdf", "", false},
		{"notes/k8s.apkg", "anki", true}, {`C:\notes\Book.EPUB`, "epub", true}, {"noext", "", true}, {"x.pdf", "", true},
	}
	for _, tt := range tests {
		var f Format
		var ok bool
		if tt.file {
			f, ok = fs.ForFile(tt.key)
		} else {
			f, ok = fs.Lookup(tt.key)
		}
		if ok != (tt.want != "") || f.Name != tt.want {
			t.Errorf("lookup %q = %q %v, want %q", tt.key, f.Name, ok, tt.want)
		}
	}
	if got := strings.Join(fs.Names(), ","); got != "anki,epub" {
		t.Errorf("Names() = %q", got)
	}
}
