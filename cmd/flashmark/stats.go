package main

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"

	"github.com/flashmark/flashmark/notes"
	"github.com/spf13/cobra"
)

// stats counts what a deck holds. The JSON names are part of the command's
// interface.
type stats struct {
	Title        string `json:"title"`
	Lang         string `json:"lang"`
	Files        int    `json:"files"`
	Sections     int    `json:"sections"`
	Questions    int    `json:"questions"`
	Answered     int    `json:"answered"`
	Unanswered   int    `json:"unanswered"`
	Cloze        int    `json:"cloze"`
	MediaLocal   int    `json:"media_local"`
	MediaRemote  int    `json:"media_remote"`
	MediaData    int    `json:"media_data"`
	MediaMissing int    `json:"media_missing"`
	Diagnostics  int    `json:"diagnostics"`
	Warnings     int    `json:"warnings"`
}

func newStatsCommand(e *env, g *globals) *cobra.Command {
	pf := &parseFlags{}
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats [flags] INPUT...",
		Short: "Count questions, answers, sections and images of notes",
		Long: `Stats parses the notes and counts what they hold: files, sections,
questions (answered, unanswered, cloze), images (local, remote, data: URLs,
and local images missing or outside the root) and diagnostics. Diagnostics
themselves are printed on standard error.`,
		Example: `  flashmark stats notes/
  flashmark stats --json notes.md`,
		Args: requireInputs,
		RunE: func(cmd *cobra.Command, args []string) error {
			pf.set = cmd.Flags().Changed
			rep := &reporter{w: e.stderr, quiet: g.quiet}
			src, deck, err := loadDeck(e, args, pf, rep)
			if err != nil {
				return err
			}
			defer src.Close()
			rep.diagnostics(deck.Diagnostics)
			st := countDeck(deck, src.mediaFS())
			st.Files = len(src.files)
			st.Diagnostics = rep.warnings + rep.infos
			st.Warnings = rep.warnings
			if asJSON {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			return st.write(e.stdout)
		},
	}
	groupFlags(cmd, "Notes", pf.register)
	groupFlags(cmd, "Stats", func(fs flagSet) {
		fs.BoolVar(&asJSON, "json", false, "print the counts as a JSON object")
	})
	return cmd
}

// countDeck counts the deck's sections, notes and images; local images are
// looked for in media.
func countDeck(d *notes.Deck, media fs.FS) stats {
	st := stats{Title: d.Title, Lang: d.Lang}
	c := d.Count()
	st.Questions, st.Answered, st.Unanswered, st.Cloze = c.Notes, c.Answered, c.Unanswered(), c.Cloze
	countMedia := func(b notes.Body) {
		for _, m := range b.Media {
			switch m.Kind {
			case notes.Local:
				st.MediaLocal++
				if !mediaExists(media, m) {
					st.MediaMissing++
				}
			case notes.Remote:
				st.MediaRemote++
			case notes.Data:
				st.MediaData++
			}
		}
	}
	var visit func([]*notes.Section)
	visit = func(ss []*notes.Section) {
		for _, s := range ss {
			st.Sections++
			countMedia(s.Description)
			visit(s.Sections)
		}
	}
	countMedia(d.Description)
	visit(d.Sections)
	for n := range d.All() {
		countMedia(n.Question)
		countMedia(n.Answer)
	}
	return st
}

// mediaExists reports whether the local image m is a file inside media, as
// the exporters will look for it.
func mediaExists(media fs.FS, m notes.Media) bool {
	if m.Path == "" || !fs.ValidPath(m.Path) {
		return false
	}
	info, err := fs.Stat(media, m.Path)
	return err == nil && info.Mode().IsRegular()
}

func (st stats) write(w io.Writer) error {
	rows := []struct {
		name string
		n    int
	}{
		{"files", st.Files},
		{"sections", st.Sections},
		{"questions", st.Questions},
		{"answered", st.Answered},
		{"unanswered", st.Unanswered},
		{"cloze", st.Cloze},
		{"local images", st.MediaLocal},
		{"remote images", st.MediaRemote},
		{"data: images", st.MediaData},
		{"missing images", st.MediaMissing},
		{"diagnostics", st.Diagnostics},
		{"warnings", st.Warnings},
	}
	_, err := fmt.Fprintf(w, "%-15s %s\n%-15s %s\n", "title", st.Title, "lang", st.Lang)
	for _, r := range rows {
		if err == nil {
			_, err = fmt.Fprintf(w, "%-15s %d\n", r.name, r.n)
		}
	}
	return err
}
