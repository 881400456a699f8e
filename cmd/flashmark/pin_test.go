package main

import (
	"os"
	"testing"

	"github.com/flashmark/flashmark/notes"
)

// Heading shapes that pinning must handle: every derived ID is pinned,
// the notes keep their IDs, questions and tags, and a second pass finds
// nothing to do.
var pinShapes = []string{
	"# Plain question\nanswer\n",
	"# Closed question ##\nanswer\n",
	"# Tagged question {.k8s}\nanswer\n",
	"# Tagged twice {.a .b}\nanswer\n",
	"# Empty attributes {}\nanswer\n",
	"# Already pinned {#mine}\nanswer\n\n# Not yet\nanswer\n",
	"# Comment pinned\n<!-- id: theirs -->\nanswer\n",
	"# Inline comment <!-- id: inline -->\nanswer\n",
	"Setext question\nover two lines\n===============\nanswer\n",
	"#   Trailing spaces   \t\nanswer\n",
	"# Windows line ends\r\nanswer\r\n\r\n# Second\r\nanswer\r\n",
	"# Braces {x} in the text\nanswer\n",
	"# Unanswered\n# Last, no newline",
	"#\n# Empty question above\nanswer\n",
	"# Title\n## 1. 什么是 Pod？\n答案\n## 2. 为什么？\n---\n",
	"---\ntitle: Front\n---\n# Q `code {` here\nanswer\n",
	"# Q with trailing backslash \\\nanswer\n",
}

func TestPinShapes(t *testing.T) {
	seed, err := os.ReadFile("testdata/seed/kubernetes-interview-notes.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range append(pinShapes, string(seed)) {
		name := src
		if len(name) > 30 {
			name = name[:30]
		}
		t.Run(name, func(t *testing.T) {
			before, err := notes.Parse("f.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			pinned, pins := pinOnce(before, []byte(src))
			after, err := notes.Parse("f.md", pinned)
			if err != nil {
				t.Fatalf("the pinned notes do not parse: %v\n%s", err, pinned)
			}
			if err := samePinned(before, after); err != nil {
				t.Fatalf("%v\n%s", err, pinned)
			}
			if again, more := pinOnce(after, pinned); len(more) > 0 {
				t.Errorf("a second pass pins %d more IDs:\n%s", len(more), again)
			}
			derived := 0
			for n := range before.All() {
				if !explicitID(n, []byte(src), headingOffsets(before)[n.Pos.Filename]) {
					derived++
				}
			}
			if len(pins) != derived {
				t.Errorf("%d pins for %d derived IDs", len(pins), derived)
			}
		})
	}
}

func pinOnce(d *notes.Deck, src []byte) ([]byte, []pin) {
	pins := planPins(d, map[string][]byte{"f.md": src})["f.md"]
	return applyPins(src, pins), pins
}

// Whatever the notes, pinning never panics, only inserts, and when the
// result keeps every note (the command checks that before writing), a
// second pass has nothing left to pin.
func FuzzPinIDs(f *testing.F) {
	for _, s := range pinShapes {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		before, err := notes.Parse("f.md", []byte(src))
		if err != nil {
			return
		}
		pinned, pins := pinOnce(before, []byte(src))
		added := 0
		for _, p := range pins {
			added += len(p.text)
		}
		if len(pinned) != len(src)+added {
			t.Fatalf("pinning changed %d bytes, want %d inserted", len(pinned)-len(src), added)
		}
		after, err := notes.Parse("f.md", pinned)
		if err != nil || samePinned(before, after) != nil {
			return // refused by the command: nothing is written
		}
		if again, more := pinOnce(after, pinned); len(more) > 0 {
			t.Fatalf("a second pass pins %d more IDs:\n%q\n%q", len(more), pinned, again)
		}
	})
}
