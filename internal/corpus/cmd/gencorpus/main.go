// Command gencorpus writes a generated Markdown notes file, for timing the
// flashmark command and comparing it with other tools.
//
// Usage:
//
//	gencorpus [-n questions] [-seed n] [-unanswered p] [-headings n] [-o file]
//
// The output is the same for the same flags on every machine; 100000
// questions make about 40 MB.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/flashmark/flashmark/internal/corpus"
)

func main() {
	n := flag.Int("n", 1000, "number of questions")
	seed := flag.Uint64("seed", 1, "seed selecting the file")
	unanswered := flag.Float64("unanswered", 0, "share of unanswered questions, 0 to 1 (0: the default, 0.4; negative: none)")
	headings := flag.Int("headings", 0, "number of distinct question headings, repeated in turn (0: every heading distinct)")
	out := flag.String("o", "-", "output file, - for standard output")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: gencorpus [-n questions] [-seed n] [-unanswered p] [-headings n] [-o file]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || *n < 0 || *headings < 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, corpus.Options{Questions: *n, Seed: *seed, Unanswered: *unanswered, Headings: *headings}); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(out string, opt corpus.Options) error {
	var w io.Writer = os.Stdout
	var f *os.File
	if out != "-" {
		var err error
		if f, err = os.Create(out); err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	st, err := opt.Generate(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && f != nil {
		err = f.Close()
	}
	if err != nil {
		return err
	}
	if f != nil {
		fmt.Fprintf(os.Stderr, "%s: %d bytes, %d questions (%d answered, %d unanswered, %d cloze)\n",
			out, st.Bytes, st.Questions, st.Answered, st.Unanswered, st.Cloze)
	}
	return nil
}
