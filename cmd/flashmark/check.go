package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newCheckCommand(e *env, g *globals) *cobra.Command {
	pf := &parseFlags{}
	var strict bool
	cmd := &cobra.Command{
		Use:   "check [flags] INPUT...",
		Short: "Parse notes and print their diagnostics",
		Long: `Check parses the notes and prints every error, warning and remark, in file
order. The exit status is 1 when the notes have errors, and with --strict
also when they have warnings.`,
		Example: `  flashmark check notes/
  flashmark check --strict -q notes.md`,
		Args: requireInputs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pf.set = cmd.Flags().Changed
			rep := &reporter{w: e.stderr, quiet: g.quiet, warningsAreErrors: strict}
			src, deck, err := loadDeck(e, args, pf, rep)
			if err != nil {
				return err
			}
			defer src.Close()
			rep.diagnostics(deck.Diagnostics)
			c := deck.Count()
			if !g.quiet {
				fmt.Fprintf(e.stderr, "%s: %s (%d answered, %d unanswered), %s, %s\n",
					plural(len(src.files), "file"), plural(c.Notes, "question"), c.Answered, c.Unanswered(),
					plural(rep.warnings, "warning"), plural(rep.infos, "remark"))
			}
			if strict && rep.warnings > 0 {
				return &exitError{code: exitNotes}
			}
			return nil
		},
	}
	groupFlags(cmd, "Notes", pf.register)
	groupFlags(cmd, "Check", func(fs flagSet) {
		fs.BoolVar(&strict, "strict", false, "exit with status 1 when there are warnings, not only errors; with -q, print the warnings")
	})
	return cmd
}
