package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"testing/fstest"

	"github.com/spf13/cobra"
)

func newIDsCommand(e *env, g *globals) *cobra.Command {
	pf := &parseFlags{}
	var write bool
	cmd := &cobra.Command{
		Use:   "ids [flags] INPUT...",
		Short: "Pin every derived note ID into its question heading as {#id}",
		Long: `Ids writes the ID that flashmark derives for each question into its
heading as " {#id}", so that renaming a file or rewording a question no
longer changes the note's identity in Anki. Questions that already have an
explicit ID are left alone, and everything else in the files stays byte for
byte. Without --write it prints what it would change; with --write it
rewrites the files atomically. Running it again changes nothing.

Give it the same INPUTs and --title as the builds, since derived IDs depend
on the deck's title and the sections.`,
		Example: `  flashmark ids notes/
  flashmark ids --write notes/`,
		Args: requireInputs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pf.set = cmd.Flags().Changed
			return runIDs(e, g, pf, write, args)
		},
	}
	groupFlags(cmd, "Notes", pf.register)
	groupFlags(cmd, "Ids", func(fs flagSet) {
		fs.BoolVar(&write, "write", false, "write the IDs into the files instead of printing what would change")
	})
	return cmd
}

func runIDs(e *env, g *globals, pf *parseFlags, write bool, inputs []string) error {
	if err := pf.check(); err != nil {
		return err
	}
	src, err := openSource(inputs, pf.root)
	if err != nil {
		return err
	}
	defer src.Close()
	rep := &reporter{w: e.stderr, quiet: true, src: src}

	// Parse the very bytes that will be edited.
	files := map[string][]byte{}
	for _, name := range src.files {
		b, err := src.root.ReadFile(name)
		if err != nil {
			return &exitError{code: exitUsage, err: err}
		}
		files[name] = b
	}
	p := pf.parser()
	p.NotesDir = src.notesDir
	deck, err := p.ParseFS(overlay(src.root.FS(), files), src.patterns()...)
	if err != nil {
		return rep.parseError(err)
	}
	plans := planPins(deck, files)
	names := make([]string, 0, len(plans))
	pinned := map[string][]byte{}
	for name, pins := range plans {
		names = append(names, name)
		pinned[name] = applyPins(files[name], pins)
	}
	slices.Sort(names)
	if len(names) == 0 {
		if !g.quiet {
			fmt.Fprintln(e.stderr, "nothing to pin: every question has an explicit ID")
		}
		return nil
	}
	after, err := p.ParseFS(overlay(src.root.FS(), pinned), src.patterns()...)
	if err == nil {
		err = samePinned(deck, after)
	}
	if err != nil {
		return &exitError{code: exitNotes, err: fmt.Errorf("cannot pin the IDs safely, nothing written: %v; add {#id} to that heading by hand", err)}
	}

	count := 0
	for _, name := range names {
		pins := plans[name]
		count += len(pins)
		if !write {
			printPins(e, src.display(name), files[name], pins)
			continue
		}
		if err := replaceFile(src.root, name, pinned[name]); err != nil {
			return &exitError{code: exitUsage, err: err}
		}
		if !g.quiet {
			fmt.Fprintf(e.stderr, "%s: pinned %s\n", src.display(name), plural(len(pins), "ID"))
		}
	}
	if !write && !g.quiet {
		fmt.Fprintf(e.stderr, "%s to pin in %s; run with --write to write them\n", plural(count, "ID"), plural(len(names), "file"))
	}
	return nil
}

// printPins prints each heading a pin changes, before and after, as
// "file:line: -old" and "file:line: +new".
func printPins(e *env, name string, src []byte, pins []pin) {
	for _, p := range pins {
		line, text, col := lineOf(src, p.offset)
		after := string(text[:col]) + p.text + string(text[col:])
		fmt.Fprintf(e.stdout, "%s:%d: -%s\n%s:%d: +%s\n", name, line, text, name, line, after)
	}
}

// overlay returns base with the files of over in place of its own.
func overlay(base fs.FS, over map[string][]byte) fs.FS {
	return overlayFS{base: base, over: over}
}

type overlayFS struct {
	base fs.FS
	over map[string][]byte
}

func (o overlayFS) Open(name string) (fs.File, error) {
	if data, ok := o.over[name]; ok {
		return fstest.MapFS{name: &fstest.MapFile{Data: data, Mode: 0o644}}.Open(name)
	}
	return o.base.Open(name)
}

// replaceFile writes data to the file name inside root atomically: into a
// new file beside it, renamed over it once complete. The file keeps its
// permissions.
func replaceFile(root *os.Root, name string, data []byte) (err error) {
	info, err := root.Stat(name)
	if err != nil {
		return err
	}
	var rnd [6]byte
	_, _ = rand.Read(rnd[:])
	tmp := path.Join(path.Dir(name), "."+path.Base(name)+"."+hex.EncodeToString(rnd[:])+".tmp")
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			root.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = root.Chmod(tmp, info.Mode().Perm()); err != nil {
		return err
	}
	return root.Rename(tmp, name)
}
