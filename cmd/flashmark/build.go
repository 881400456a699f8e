package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
	"github.com/spf13/cobra"
)

func newBuildCommand(e *env, g *globals) *cobra.Command {
	pf := &parseFlags{}
	ef := &exportFlags{}
	cmd := &cobra.Command{
		Use:   "build [flags] INPUT... -o OUT [-o OUT...]",
		Short: "Write Anki decks, PDFs and EPUB books from notes",
		Long: `Build parses the notes once and writes each output named by -o, in the
format its extension says: .apkg (Anki), .pdf, .epub. Files are written
atomically: an interrupted or failed build leaves no partial file, and a
file of another kind (such as your notes) is never replaced.

SOURCE_DATE_EPOCH (seconds since 1970) fixes the time stamped into the
outputs: the same notes then give byte-identical files.`,
		Example: `  flashmark build notes.md -o notes.apkg
  flashmark build notes/ -o k8s.apkg -o k8s.pdf -o k8s.epub
  flashmark build 'docs/*.md' --root . --layout cheatsheet -o sheet.pdf
  flashmark build notes.md --format anki -o - > notes.apkg`,
		Args: requireInputs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pf.set, ef.set = cmd.Flags().Changed, cmd.Flags().Changed
			return runBuild(cmd.Context(), e, g, pf, ef, args)
		},
	}
	groupFlags(cmd, "Notes", pf.register)
	groupFlags(cmd, "Output", func(fs flagSet) { ef.registerOutput(fs) })
	groupFlags(cmd, "Anki", func(fs flagSet) { ef.registerAnki(fs) })
	groupFlags(cmd, "PDF", func(fs flagSet) { ef.registerPDF(fs) })
	groupFlags(cmd, "EPUB", func(fs flagSet) { ef.registerEPUB(fs) })
	return cmd
}

// output is one -o of a build.
type output struct {
	name   string // file name, or "-" for standard output
	format *format
}

func (o *output) stdout() bool { return o.name == "-" }

func runBuild(ctx context.Context, e *env, g *globals, pf *parseFlags, ef *exportFlags, inputs []string) error {
	outs, err := resolveOutputs(ef)
	if err != nil {
		return err
	}
	stamp, err := buildTime(e.getenv)
	if err != nil {
		return err
	}
	for _, out := range outs {
		if out.stdout() && e.isTerminal(e.stdout) {
			return usageErrorf("-o - would write a binary %s file to the terminal; redirect standard output to a file", out.format.name)
		}
	}
	rep := &reporter{w: e.stderr, quiet: g.quiet}
	src, deck, err := loadDeck(e, inputs, pf, rep)
	if err != nil {
		return err
	}
	defer src.Close()

	var bar *progressBar
	if !g.quiet && e.isTerminal(e.stderr) {
		bar = newProgressBar(e.stderr)
	}
	diags := deck.Diagnostics
	var lines []string
	var buildErr error
	for _, out := range outs {
		start := time.Now()
		sum, err := writeOutput(ctx, e, out, deck, &exportOptions{
			exportFlags: ef,
			time:        stamp,
			media:       src.mediaFS(),
			progress:    bar.forOutput(out.name),
		})
		bar.done()
		if err != nil {
			buildErr = outputError(out, err)
			break
		}
		diags = append(diags, sum.Diagnostics...)
		lines = append(lines, summaryLine(out, out.format.unit(ef), sum, time.Since(start)))
	}
	rep.diagnostics(diags)
	if !g.quiet {
		for _, l := range lines {
			fmt.Fprintln(e.stderr, l)
		}
	}
	return buildErr
}

// resolveOutputs checks the -o flags and picks the format of each.
func resolveOutputs(ef *exportFlags) ([]output, error) {
	if err := ef.check(); err != nil {
		return nil, err
	}
	if len(ef.outputs) == 0 {
		return nil, &flagError{errors.New("no output: name one with -o FILE (.apkg, .pdf or .epub), or -o - with --format")}
	}
	var forced *format
	if ef.format != "" {
		f, err := formatByName(ef.format)
		if err != nil {
			return nil, err
		}
		forced = f
	}
	var outs []output
	seen := map[string]bool{}
	for _, name := range ef.outputs {
		out := output{name: name}
		switch {
		case name == "-":
			if forced == nil {
				return nil, usageErrorf("-o - writes to standard output, which has no extension: say which format with --format")
			}
			out.format = forced
		default:
			f, err := formatOf(name)
			if err != nil {
				return nil, err
			}
			if forced != nil && f != forced {
				return nil, usageErrorf("%s: the extension says %s, --format says %s", name, f.name, forced.name)
			}
			out.format = f
		}
		key := name
		if abs, err := filepath.Abs(name); err == nil && name != "-" {
			key = abs
		}
		if seen[key] {
			return nil, usageErrorf("%s is named twice with -o", name)
		}
		seen[key] = true
		if err := out.format.available(); err != nil {
			return nil, err
		}
		outs = append(outs, out)
	}
	return outs, nil
}

// buildTime returns the time stamped into the outputs: SOURCE_DATE_EPOCH
// when set, for reproducible builds, or now.
func buildTime(getenv func(string) string) (time.Time, error) {
	v := getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now(), nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 {
		return time.Time{}, usageErrorf("SOURCE_DATE_EPOCH=%q: want a number of seconds since 1970", v)
	}
	return time.Unix(secs, 0).UTC(), nil
}

// writeOutput writes one output. Standard output gets the whole output at
// the end, so that an interrupted build writes nothing there either.
func writeOutput(ctx context.Context, e *env, out output, d *notes.Deck, o *exportOptions) (*export.Summary, error) {
	x, err := out.format.newExporter(o)
	if err != nil {
		return nil, err
	}
	if !out.stdout() {
		return export.WriteFile(ctx, x, out.name, d)
	}
	var buf bytes.Buffer
	sum, err := x.Export(ctx, &buf, d)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n, err := e.stdout.Write(buf.Bytes())
	if err != nil {
		return nil, err
	}
	if sum == nil {
		sum = &export.Summary{}
	}
	sum.Bytes = int64(n)
	return sum, nil
}

// outputError says which output failed. Every failure to write is an I/O
// error (exit status 2), except an interruption.
func outputError(out output, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	name := out.name
	if out.stdout() {
		name = "standard output"
	}
	return &exitError{code: exitUsage, err: fmt.Errorf("%s: %w", name, err)}
}

// summaryLine says what an output holds, how big it is and how long it
// took.
func summaryLine(out output, unit string, sum *export.Summary, took time.Duration) string {
	name := out.name
	if out.stdout() {
		name = "standard output"
	}
	s := fmt.Sprintf("wrote %s (%s): %s, %s", name, out.format.name, plural(sum.Notes, "note"), plural(sum.Cards, unit))
	if sum.Media > 0 {
		s += ", " + plural(sum.Media, "media file")
	}
	if sum.Skipped > 0 {
		s += fmt.Sprintf(", %d skipped", sum.Skipped)
	}
	return s + fmt.Sprintf("; %s in %s", byteSize(sum.Bytes), roundDuration(took))
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// byteSize formats a size in bytes as people read it: "812 B", "1.4 MB".
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, prefix := float64(n)/unit, "kMGTPE"
	i := 0
	for v >= unit && i < len(prefix)-1 {
		v /= unit
		i++
	}
	return fmt.Sprintf("%.1f %cB", v, prefix[i])
}

func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Microsecond)
}
