package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

func diag(file string, col int, msg string) notes.Diagnostic {
	return notes.Diagnostic{Pos: notes.Position{Filename: file, Offset: col - 1, Line: 1, Column: col}, Severity: notes.Warning, Msg: msg}
}

// countingFS counts the reads of each file; stats are not counted.
type countingFS struct {
	fs.FS
	mu    sync.Mutex
	reads map[string]int
}

func (c *countingFS) ReadFile(name string) ([]byte, error) {
	c.mu.Lock()
	c.reads[name]++
	c.mu.Unlock()
	return fs.ReadFile(c.FS, name)
}

func (c *countingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err == nil {
		if info, err := f.Stat(); err == nil && !info.IsDir() {
			return &countingFile{File: f, fs: c, name: name}, nil
		}
	}
	return f, err
}

// countingFile counts a read of its file at the first Read.
type countingFile struct {
	fs.File
	fs   *countingFS
	name string
	read bool
}

func (f *countingFile) Read(p []byte) (int, error) {
	if !f.read {
		f.read = true
		f.fs.mu.Lock()
		f.fs.reads[f.name]++
		f.fs.mu.Unlock()
	}
	return f.File.Read(p)
}

// runInProcess runs the command with args and returns its status, stdout
// and stderr.
func runInProcess(t *testing.T, e *env, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e.args, e.stdout, e.stderr = args, &out, &errOut
	if e.getenv == nil {
		e.getenv = func(string) string { return "" }
	}
	if e.isTerminal == nil {
		e.isTerminal = func(any) bool { return false }
	}
	code := execute(context.Background(), e)
	return code, out.String(), errOut.String()
}

// One build writes every output from one parse: each notes file is read
// once, however many outputs there are.
func TestBuildParsesOnce(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile("testdata/seed/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.md", "b.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var counter *countingFS
	e := &env{notesFS: func(f fs.FS) fs.FS {
		counter = &countingFS{FS: f, reads: map[string]int{}}
		return counter
	}}
	args := []string{"build", "-q", "--title", "Twice", dir}
	outs := []string{filepath.Join(dir, "again.apkg")}
	args = append(args, "-o", outs[0])
	for _, f := range formats {
		if f.newExporter != nil {
			out := filepath.Join(dir, "out"+f.ext)
			outs = append(outs, out)
			args = append(args, "-o", out)
		}
	}
	code, _, stderr := runInProcess(t, e, args...)
	if code != exitOK {
		t.Fatalf("status %d\n%s", code, stderr)
	}
	for _, name := range []string{"a.md", "b.md"} {
		if n := counter.reads[name]; n != 1 {
			t.Errorf("%s read %d times for %d outputs, want once", name, n, len(outs))
		}
	}
	for _, out := range outs {
		if info, err := os.Stat(out); err != nil || info.Size() == 0 {
			t.Errorf("%s not written: %v", out, err)
		}
	}
}

// Diagnostics repeated by every output's summary are printed once each,
// in file order, whatever order they come in.
func TestUniqueDiagnostics(t *testing.T) {
	var out bytes.Buffer
	rep := &reporter{w: &out}
	d1 := diag("b.md", 10, "warning two")
	d2 := diag("a.md", 30, "remark")
	d2.Severity = 0
	d3 := diag("a.md", 5, "warning one")
	rep.diagnostics([]notes.Diagnostic{d1, d2, d3, d3, d1, d2, d3})
	want := "a.md:1:5: warning: warning one\na.md:1:30: info: remark\nb.md:1:10: warning: warning two\n"
	if out.String() != want {
		t.Errorf("printed\n%s\nwant\n%s", out.String(), want)
	}
	if rep.warnings != 2 || rep.infos != 1 {
		t.Errorf("counted %d warnings and %d remarks, want 2 and 1", rep.warnings, rep.infos)
	}

	out.Reset()
	quiet := &reporter{w: &out, quiet: true}
	quiet.diagnostics([]notes.Diagnostic{d1, d2})
	if out.Len() != 0 || quiet.warnings != 1 {
		t.Errorf("-q printed %q and counted %d warnings", out.String(), quiet.warnings)
	}
}

func TestByteSize(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{0, "0 B"}, {999, "999 B"}, {1000, "1.0 kB"}, {26665, "26.7 kB"}, {3692352, "3.7 MB"}, {5e9, "5.0 GB"},
	} {
		if got := byteSize(tc.n); got != tc.want {
			t.Errorf("byteSize(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestEscapeGlob(t *testing.T) {
	for _, name := range []string{"a.md", "notes[1].md", "what?.md", `a\b*.md`, "题目/问题.md"} {
		ok, err := filepath.Match(escapeGlob(name), name)
		if err != nil || !ok {
			t.Errorf("escapeGlob(%q) = %q does not match it: %v", name, escapeGlob(name), err)
		}
		if strings.ContainsAny(name, "*?[") {
			if ok, _ := filepath.Match(escapeGlob(name), "notes1.md"); ok {
				t.Errorf("escapeGlob(%q) matches another name", name)
			}
		}
	}
}

// A package is never written to a terminal.
func TestBuildRefusesTerminalStdout(t *testing.T) {
	e := &env{isTerminal: func(w any) bool { return true }}
	code, stdout, stderr := runInProcess(t, e, "build", "testdata/seed/kubernetes-interview-notes.md", "--format", "anki", "-o", "-")
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "would write a binary anki file to the terminal") {
		t.Errorf("status %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}
