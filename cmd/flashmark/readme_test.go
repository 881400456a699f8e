package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the flag reference in README.md (and README-section.md) from --help")

// The README documents every flag: its flag reference is the --help of
// each command, word for word. Run go test -update to rewrite it.
func TestREADMEFlags(t *testing.T) {
	want := helpReference(t)
	for _, name := range []string{"../../README.md", "README-section.md"} {
		data, err := os.ReadFile(name)
		if err != nil {
			if name != "../../README.md" && os.IsNotExist(err) {
				continue // the section lives in README.md only, once merged there
			}
			t.Fatal(err)
		}
		got, before, after, ok := markedBlock(string(data))
		if !ok {
			t.Fatalf("%s: no block between %q and %q", name, flagsBegin, flagsEnd)
		}
		if got == want {
			continue
		}
		if *update {
			if err := os.WriteFile(name, []byte(before+want+after), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: the flag reference differs from --help (go test -update rewrites it):\n%s", name, lineDiff(got, want))
	}
}

const (
	flagsBegin = "<!-- flags:begin -->\n"
	flagsEnd   = "<!-- flags:end -->"
)

// markedBlock returns the text between the markers, and what comes
// before and after it, markers included.
func markedBlock(s string) (block, before, after string, ok bool) {
	i := strings.Index(s, flagsBegin)
	if i < 0 {
		return "", "", "", false
	}
	j := strings.Index(s[i:], flagsEnd)
	if j < 0 {
		return "", "", "", false
	}
	start, end := i+len(flagsBegin), i+j
	return s[start:end], s[:start], s[end:], true
}

// helpReference is the flag reference the README holds: the help of the
// command and of each subcommand, in a code block.
func helpReference(t *testing.T) string {
	var b strings.Builder
	b.WriteString("```text\n")
	for i, args := range [][]string{{"--help"}, {"build", "--help"}, {"check", "--help"}, {"stats", "--help"}, {"ids", "--help"}, {"version", "--help"}} {
		if i > 0 {
			b.WriteString("\n")
		}
		var out, errOut bytes.Buffer
		code := execute(context.Background(), &env{
			args: args, stdout: &out, stderr: &errOut,
			getenv:     func(string) string { return "" },
			isTerminal: func(any) bool { return false },
		})
		if code != 0 || errOut.Len() > 0 {
			t.Fatalf("flashmark %s: status %d\n%s", strings.Join(args, " "), code, errOut.String())
		}
		b.WriteString("$ flashmark " + strings.Join(args, " ") + "\n")
		b.WriteString(strings.ReplaceAll(out.String(), "```", "'''"))
	}
	b.WriteString("```\n")
	return b.String()
}

// lineDiff lists the lines of got missing from want and those of want
// missing from got.
func lineDiff(got, want string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
