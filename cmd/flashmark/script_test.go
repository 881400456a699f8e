package main

import (
	"archive/zip"
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/internal/testtool"
	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/image/font/gofont/goregular"
	_ "modernc.org/sqlite"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"flashmark": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command as users do, from the scripts in
// testdata/script. Besides testscript's own commands they may use:
//
//	status N prog args...   run prog, which must exit with status N
//	interrupt N GLOB prog args...
//	                        run prog, send it SIGINT once a file matching
//	                        GLOB exists, and check that it exits with N
//	apkg FILE               print an Anki package's decks, notes and cards
//	pdftext FILE            print a PDF's text, as pdftotext extracts it
//	epubtext FILE           print the text of an EPUB's pages and metadata
//	gencorpus N FILE        write N generated questions to FILE
//	nomatch GLOB            no file matches GLOB
//
// The condition [tool:NAME] holds when the program NAME is installed, or
// when FLASHMARK_REQUIRE_TOOLS=1 requires every tool (a missing one then
// fails the script instead of skipping it). The seed notes are in
// $WORK/seed.md, and a TrueType font (Go Regular) in $WORK/goregular.ttf.
func TestScripts(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			if err := os.WriteFile(filepath.Join(env.WorkDir, "goregular.ttf"), goregular.TTF, 0o644); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(env.WorkDir, "seed.md"), seed, 0o644)
		},
		Condition: func(cond string) (bool, error) {
			name, ok := strings.CutPrefix(cond, "tool:")
			if !ok {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			_, err := exec.LookPath(name)
			return err == nil || testtool.Required(), nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":    cmdStatus,
			"interrupt": cmdInterrupt,
			"apkg":      cmdApkg,
			"gencorpus": cmdGencorpus,
			"nomatch":   cmdNomatch,
			"pdftext":   cmdPDFText,
			"epubtext":  cmdEPUBText,
		},
	})
}

func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N prog args...")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := exitStatus(ts, ts.Exec(args[1], args[2:]...))
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

func exitStatus(ts *testscript.TestScript, err error) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	ts.Fatalf("%v", err)
	return -1
}

func cmdInterrupt(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 3 {
		ts.Fatalf("usage: interrupt N GLOB prog args...")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	glob := ts.MkAbs(args[1])
	cmd := exec.Command(args[2], args[3:]...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = append(os.Environ(), "PATH="+ts.Getenv("PATH"))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	ts.Check(cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(60 * time.Second)
	var waitErr error
wait:
	for {
		select {
		case waitErr = <-exited:
			ts.Fatalf("%s exited before %s appeared: %v\n%s", args[2], args[1], waitErr, stderr.String())
		case <-deadline:
			cmd.Process.Kill()
			ts.Fatalf("no file matches %s after 60s", args[1])
		case <-time.After(2 * time.Millisecond):
			if m, _ := filepath.Glob(glob); len(m) > 0 {
				break wait
			}
		}
	}
	ts.Check(cmd.Process.Signal(syscall.SIGINT))
	waitErr = <-exited
	fmt.Fprint(ts.Stdout(), stdout.String())
	fmt.Fprint(ts.Stderr(), stderr.String())
	if got := exitStatus(ts, waitErr); got != want {
		ts.Fatalf("%s exited with status %d, want %d\n%s", args[2], got, want, stderr.String())
	}
}

func cmdGencorpus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: gencorpus N FILE")
	}
	n, err := strconv.Atoi(args[0])
	ts.Check(err)
	var buf bytes.Buffer
	ts.Check(corpus.Generate(&buf, n, 1))
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), buf.Bytes(), 0o644))
}

func cmdNomatch(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: nomatch GLOB")
	}
	m, err := filepath.Glob(ts.MkAbs(args[0]))
	ts.Check(err)
	if len(m) > 0 {
		ts.Fatalf("files match %s: %v", args[0], m)
	}
}

// cmdApkg prints what an Anki package holds, read from its collection
// with SQL: "deck NAME" for each deck, then "note GUID [TAGS] FIELD | FIELD..."
// for each note in id order (a line feed in a field shown as \n), "cards N", "notetype NAME" for each note type
// used, and "media N" for the files stored beside the collection.
//
// With -guids it prints only "GUID FRONT" for each note, sorted.
func cmdApkg(ts *testscript.TestScript, neg bool, args []string) {
	guidsOnly := len(args) == 2 && args[0] == "-guids"
	if guidsOnly {
		args = args[1:]
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: apkg [-guids] FILE")
	}
	zr, err := zip.OpenReader(ts.MkAbs(args[0]))
	ts.Check(err)
	defer zr.Close()
	dbFile := filepath.Join(ts.Getenv("WORK"), ".apkg-"+filepath.Base(args[0])+".db")
	media := 0
	for _, f := range zr.File {
		switch {
		case f.Name == "collection.anki2":
			r, err := f.Open()
			ts.Check(err)
			data, err := io.ReadAll(r)
			ts.Check(err)
			ts.Check(os.WriteFile(dbFile, data, 0o644))
		case f.Name != "media":
			media++
		}
	}
	defer os.Remove(dbFile)
	db, err := sql.Open("sqlite", dbFile)
	ts.Check(err)
	defer db.Close()
	out := ts.Stdout()
	if guidsOnly {
		printGuids(ts, db)
		return
	}

	var decksJSON, modelsJSON string
	ts.Check(db.QueryRow("select decks, models from col").Scan(&decksJSON, &modelsJSON))
	for _, name := range jsonNames(decksJSON) {
		fmt.Fprintf(out, "deck %s\n", name)
	}
	rows, err := db.Query("select guid, tags, flds from notes order by id")
	ts.Check(err)
	for rows.Next() {
		var guid, tags, flds string
		ts.Check(rows.Scan(&guid, &tags, &flds))
		flds = strings.ReplaceAll(strings.ReplaceAll(flds, "\n", `\n`), "\x1f", " | ")
		fmt.Fprintf(out, "note %s [%s] %s\n", guid, strings.TrimSpace(tags), flds)
	}
	ts.Check(rows.Err())
	var cards int
	ts.Check(db.QueryRow("select count(*) from cards").Scan(&cards))
	fmt.Fprintf(out, "cards %d\n", cards)
	var used []string
	rows, err = db.Query("select distinct mid from notes")
	ts.Check(err)
	for rows.Next() {
		var mid int64
		ts.Check(rows.Scan(&mid))
		used = append(used, strconv.FormatInt(mid, 10))
	}
	for _, name := range jsonNames(modelsJSON, used...) {
		fmt.Fprintf(out, "notetype %s\n", name)
	}
	fmt.Fprintf(out, "media %d\n", media)
}

func printGuids(ts *testscript.TestScript, db *sql.DB) {
	rows, err := db.Query("select guid, flds from notes")
	ts.Check(err)
	var lines []string
	for rows.Next() {
		var guid, flds string
		ts.Check(rows.Scan(&guid, &flds))
		front, _, _ := strings.Cut(flds, "\x1f")
		lines = append(lines, guid+" "+strings.ReplaceAll(front, "\n", `\n`))
	}
	ts.Check(rows.Err())
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Fprintln(ts.Stdout(), l)
	}
}

// cmdPDFText prints the text pdftotext finds in a PDF.
func cmdPDFText(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: pdftext FILE")
	}
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		ts.Fatalf("pdftotext is required but missing; guard the script with [tool:pdftotext]")
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", ts.MkAbs(args[0]), "-").Output()
	ts.Check(err)
	ts.Stdout().Write(out)
}

// cmdEPUBText prints the text of every XHTML page of an EPUB and of its
// package document (the metadata), in the order of the zip, with tags
// removed and a line per file.
//
// With -raw it prints the files as they are.
func cmdEPUBText(ts *testscript.TestScript, neg bool, args []string) {
	raw := len(args) == 2 && args[0] == "-raw"
	if raw {
		args = args[1:]
	}
	if neg || len(args) != 1 {
		ts.Fatalf("usage: epubtext [-raw] FILE")
	}
	zr, err := zip.OpenReader(ts.MkAbs(args[0]))
	ts.Check(err)
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xhtml") && !strings.HasSuffix(f.Name, ".opf") {
			continue
		}
		r, err := f.Open()
		ts.Check(err)
		data, err := io.ReadAll(r)
		ts.Check(err)
		r.Close()
		if raw {
			fmt.Fprintf(ts.Stdout(), "%s:\n%s\n", f.Name, data)
			continue
		}
		text := tagPattern.ReplaceAllString(string(data), " ")
		text = html.UnescapeString(strings.Join(strings.Fields(text), " "))
		fmt.Fprintf(ts.Stdout(), "%s: %s\n", f.Name, text)
	}
}

var tagPattern = regexp.MustCompile(`<[^>]*>`)
