package main

import (
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

type flagSet = *pflag.FlagSet

// groupAnnotation names the group of a flag in a command's help.
const groupAnnotation = "flashmark_group"

// groupFlags adds the flags that register defines to cmd, under a heading
// of their own in its help ("Notes flags:", "PDF flags:"...).
func groupFlags(cmd *cobra.Command, group string, register func(flagSet)) {
	fs := pflag.NewFlagSet(group, pflag.ContinueOnError)
	fs.SortFlags = false
	register(fs)
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Annotations == nil {
			f.Annotations = map[string][]string{}
		}
		f.Annotations[groupAnnotation] = []string{group}
	})
	cmd.Flags().SortFlags = false
	cmd.Flags().AddFlagSet(fs)
}

// flagGroups returns the help of cmd's local flags, a block per group in
// the order the groups were added, ungrouped flags first.
func flagGroups(cmd *cobra.Command) string {
	var order []string
	sets := map[string]*pflag.FlagSet{}
	cmd.LocalFlags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		group := "Flags"
		if g := f.Annotations[groupAnnotation]; len(g) > 0 {
			group = g[0] + " flags"
		}
		fs, ok := sets[group]
		if !ok {
			fs = pflag.NewFlagSet(group, pflag.ContinueOnError)
			fs.SortFlags = false
			sets[group] = fs
			order = append(order, group)
		}
		fs.AddFlag(f)
	})
	var b strings.Builder
	for _, g := range order {
		b.WriteString("\n\n" + g + ":\n")
		b.WriteString(strings.TrimRight(sets[g].FlagUsages(), " \n"))
	}
	return b.String()
}

var addTemplateFuncs sync.Once

// setUsage gives cmd and its subcommands the grouped usage template.
func setUsage(cmd *cobra.Command) {
	addTemplateFuncs.Do(func() { cobra.AddTemplateFunc("flagGroups", flagGroups) })
	cmd.SetUsageTemplate(usageTemplate)
}

// usageTemplate is cobra's, with local flags shown by group.
const usageTemplate = `Usage:{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}{{flagGroups .}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more information about a command.{{end}}
`
