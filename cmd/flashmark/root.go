package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit statuses.
const (
	exitOK          = 0
	exitNotes       = 1 // the notes have errors (check --strict: warnings)
	exitUsage       = 2 // a usage or I/O error
	exitInterrupted = 130
)

// env is what a run of the command sees of the world, so that tests can
// run it in process.
type env struct {
	args           []string
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     func(any) bool
	// notesFS, when set, wraps the file system the notes are parsed from,
	// so that tests can watch what is read.
	notesFS func(fs.FS) fs.FS
}

// exitError ends the command with an exit status. Err, when not nil, is
// printed; nil means everything was already said.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports a command line that cannot be run.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// globals are the flags every subcommand takes.
type globals struct {
	quiet bool
}

func execute(ctx context.Context, e *env) int {
	root := newRootCommand(e)
	root.SetArgs(e.args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitUsage
	var xe *exitError
	syntax := isFlagError(err)
	if errors.As(err, &xe) {
		code = xe.code
		err = xe.err
	} else {
		syntax = true // cobra's own: an unknown command, a bad argument count
	}
	if ctx.Err() != nil && code != exitNotes {
		code = exitInterrupted
		err = errors.New("interrupted; nothing was left half-written")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "flashmark: %v\n", err)
		if code == exitUsage && syntax {
			fmt.Fprintf(e.stderr, "Run 'flashmark help' for usage.\n")
		}
	}
	return code
}

// flagError marks an error of the command line's syntax.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func isFlagError(err error) bool {
	var fe *flagError
	return errors.As(err, &fe)
}

func newRootCommand(e *env) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "flashmark",
		Short: "Turn Markdown study notes into Anki decks, printable PDFs and EPUB books",
		Long: `flashmark turns Markdown study notes into study material: Anki decks
(.apkg), printable PDFs (cheat sheets, flash cards, study guides) and EPUB
books. INPUT is a Markdown file, a directory (every .md file below it) or
a glob.

Diagnostics are printed on standard error as "file:line:col: severity:
message". Exit status: 0 success, 1 the notes have errors, 2 usage or I/O
error, 130 interrupted.`,
		Version:           versionString(),
		SilenceErrors:     true,
		SilenceUsage:      true,
		CompletionOptions: cobra.CompletionOptions{DisableDefaultCmd: true},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	setUsage(root)
	root.PersistentFlags().BoolVarP(&g.quiet, "quiet", "q", false, "print only errors: no warnings, remarks or summary")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &flagError{err}
	})
	root.AddCommand(
		newBuildCommand(e, g),
		newCheckCommand(e, g),
		newStatsCommand(e, g),
		newIDsCommand(e, g),
		newVersionCommand(e),
	)
	return root
}

// requireInputs is the Args check of commands that read notes.
func requireInputs(_ *cobra.Command, args []string) error {
	if len(args) == 0 {
		return &flagError{errors.New("no INPUT given: name a Markdown file, a directory or a glob")}
	}
	return nil
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
