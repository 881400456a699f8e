package epub

import (
	"flag"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got with testdata/<Test>/<name>.golden, or writes it
// with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", strings.Split(t.Name(), "/")[0], name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from %s:\n%s", name, file, got)
	}
}

// The pages and contents of the rich fixture, in both modes, match their
// golden files.
func TestPages(t *testing.T) {
	for _, mode := range []Mode{Book, Quiz} {
		t.Run(mode.String(), func(t *testing.T) {
			data, _ := exportBook(t, &Exporter{Mode: mode, Media: richRoot(), IncludeUnanswered: true}, parseRich(t))
			b := openBook(t, data)
			for _, name := range append(b.pages(), navXHTML, packageOPF) {
				golden(t, mode.String()+"-"+path.Base(name), b.files[name])
			}
		})
	}
}
