package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
)

// BenchmarkBuild runs whole builds in process: parsing a generated corpus
// and writing every available format, as "flashmark build" does.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("questions=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			var buf bytes.Buffer
			if err := corpus.Generate(&buf, n, 1); err != nil {
				b.Fatal(err)
			}
			notesFile := filepath.Join(dir, "notes.md")
			if err := os.WriteFile(notesFile, buf.Bytes(), 0o644); err != nil {
				b.Fatal(err)
			}
			args := []string{"build", "-q", notesFile}
			for _, f := range formats {
				if f.newExporter != nil {
					args = append(args, "-o", filepath.Join(dir, "out"+f.ext))
				}
			}
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				for _, f := range formats {
					os.Remove(filepath.Join(dir, "out"+f.ext)) // measure fresh builds, not updates
				}
				var out, errOut bytes.Buffer
				e := &env{args: args, stdout: &out, stderr: &errOut,
					getenv: func(string) string { return "" }, isTerminal: func(any) bool { return false }}
				if code := execute(b.Context(), e); code != exitOK {
					b.Fatalf("status %d: %s", code, errOut.String())
				}
			}
		})
	}
}
