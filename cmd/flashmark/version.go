package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func newVersionCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print flashmark's version, from the build information",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fmt.Fprintln(e.stdout, versionString())
			return nil
		},
	}
}

// versionString says which flashmark this is: the module version that go
// install recorded ("v1.2.0"), or "(devel)" for a build from a checkout,
// with the VCS revision when the build recorded one, and the Go version.
func versionString() string {
	version, revision, modified := "(devel)", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v := info.Main.Version; v != "" {
			version = v
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	s := "flashmark " + version
	if revision != "" {
		if len(revision) > 12 {
			revision = revision[:12]
		}
		s += " " + revision
		if modified {
			s += "+dirty"
		}
	}
	return s + " " + runtime.Version()
}
