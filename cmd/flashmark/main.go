// Command flashmark turns Markdown study notes into Anki decks, printable
// PDFs and EPUB books, and checks, counts and pins the notes' IDs.
//
//	flashmark build notes/ -o k8s.apkg -o k8s.pdf -o k8s.epub
//	flashmark check notes/
//	flashmark stats --json notes/
//	flashmark ids --write notes/
//
// Every diagnostic is printed on standard error as "file:line:col: severity:
// message". The exit status is 0 on success, 1 when the notes have errors
// (check --strict: warnings too), 2 for a usage or I/O error, and 130 when
// the command was interrupted, which leaves no partial output behind.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run runs the command line args and returns the exit status. An interrupt
// (Ctrl-C) or SIGTERM cancels the work in progress; a second one ends the
// program at once.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // the next signal takes the default action
	}()
	return execute(ctx, &env{
		args:   args,
		stdin:  stdin,
		stdout: stdout,
		stderr: stderr,
		getenv: os.Getenv,
		isTerminal: func(w any) bool {
			f, ok := w.(*os.File)
			return ok && isTerminal(f)
		},
	})
}
