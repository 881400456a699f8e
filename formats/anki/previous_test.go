package anki

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"testing"
)

// packageWith returns a zip holding the given entries.
func packageWith(t testing.TB, entries map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range entries {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadPrevious(t *testing.T) {
	data, sum, _ := exportDeck(t, nil, seed(t))
	prev, err := ReadPrevious(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if prev.Len() != sum.Notes {
		t.Errorf("Len = %d, want %d", prev.Len(), sum.Notes)
	}
	if (*Previous)(nil).Len() != 0 {
		t.Error("nil Previous has notes")
	}
	for name, bad := range map[string][]byte{
		"empty":          nil,
		"not a zip":      []byte("PK\x03\x04 certainly not"),
		"no collection":  packageWith(t, map[string][]byte{"media": []byte("{}")}),
		"garbage db":     packageWith(t, map[string][]byte{"collection.anki2": bytes.Repeat([]byte("garbage!"), 600)}),
		"empty db":       packageWith(t, map[string][]byte{"collection.anki2": {}}),
		"truncated db":   packageWith(t, map[string][]byte{"collection.anki2": collectionOf(t, data)[:8192]}),
		"truncated file": data[:len(data)/2],
	} {
		_, err := ReadPrevious(context.Background(), bytes.NewReader(bad), int64(len(bad)))
		if !errors.Is(err, ErrNotPackage) {
			t.Errorf("%s: error %v, want ErrNotPackage", name, err)
		}
	}
	if _, err := ReadPreviousFile(context.Background(), filepath.Join(t.TempDir(), "none.apkg")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// collectionOf returns the collection entry of a package.
func collectionOf(t testing.TB, data []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == collectionEntry {
			rc, _ := f.Open()
			defer rc.Close()
			var buf bytes.Buffer
			buf.ReadFrom(rc)
			return buf.Bytes()
		}
	}
	t.Fatal("no collection")
	return nil
}

// A previous package is untrusted input: whatever its bytes, ReadPrevious
// returns an error or a Previous, and never panics.
func FuzzReadPrevious(f *testing.F) {
	d := parse(f, "notes.md", "# 问题\n\n答案\n\n# 第二题\n\n第二个答案\n")
	data, _, _ := exportDeck(f, nil, d)
	f.Add(data)
	col := collectionOf(f, data)
	f.Add(packageWith(f, map[string][]byte{"collection.anki2": col}))
	f.Add(packageWith(f, map[string][]byte{"collection.anki2": col[:len(col)/2]}))
	f.Add(packageWith(f, map[string][]byte{"collection.anki2": []byte("SQLite format 3\x00")}))
	f.Add([]byte{})
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(func(t *testing.T, b []byte) {
		prev, err := ReadPrevious(context.Background(), bytes.NewReader(b), int64(len(b)))
		if err == nil && prev == nil {
			t.Fatal("nil Previous without error")
		}
		if err == nil {
			_ = prev.Len()
		}
	})
}
