package notes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// dumpBlocks renders top-level blocks with goldmark's Dump, for comparing
// two parses.
func dumpBlocks(blocks []ast.Node, src []byte) string {
	var out strings.Builder
	for _, n := range blocks {
		fmt.Fprintf(&out, "%s@%d\n", n.Kind(), n.Pos())
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			fmt.Fprintf(&out, "  %q\n", seg.Value(src))
		}
		_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if t, ok := c.(*ast.Text); ok && entering {
				fmt.Fprintf(&out, "  text %q\n", t.Segment.Value(src))
			}
			return ast.WalkContinue, nil
		})
	}
	return out.String()
}

// TestChunkedParse checks that parsing in pieces gives the blocks of a
// whole parse, on sources built to trap a careless cut.
func TestChunkedParse(t *testing.T) {
	tests := map[string]string{
		"fence with hashes":     "# A\ntext\n```sh\n# comment\n# more\n```\n# B\nx\n",
		"tilde fence":           "# A\n~~~~\n# not a heading\n~~~\n# still code\n~~~~\n# B\n",
		"unclosed fence":        "# A\n```\n# code to the end\n# more\n",
		"fence in list":         "# A\n- item\n  ```\n  code\n# B\n```\n# inside a top-level fence\n```\n# C\n",
		"html block":            "# A\n<div>\n# inside html\n</div>\n\n# B\n",
		"html type 1":           "# A\n<pre>\n# inside pre\n\n# still pre\n</pre>\n# B\n",
		"html comment":          "# A\n<!--\n# commented out\n-->\n# B\n",
		"math block":            "# A\n$$\n# tex\n$$\n# B\n",
		"quote and list":        "# A\n> quote\n# B\n- item\n# C\n1. one\n# D\n",
		"setext and paragraphs": "Title\n===\n# A\npara\n# B\nQ\n---\n",
		"link reference":        "# A\nsee [x]\n# B\n[x]: http://example.com\n",
		"indented hash":         "# A\n    # code\n # one space\n# B\n",
		"cloze across":          "# A\n{{c1::open\n# B\n}} close\n",
		"hash without space":    "# A\n#hashtag\n#\n# B\n",
	}
	md := markdown()
	for name, base := range tests {
		t.Run(name, func(t *testing.T) {
			src := []byte(strings.Repeat(base, 5))
			want := dumpBlocks(children(md.Parse(text.NewReader(src))), src)
			for _, size := range []int{1, 7, 40} {
				got := dumpBlocks(parseBlocksIn(markdown(), src, 4, size), src)
				if got != want {
					t.Fatalf("pieces of %d bytes differ from a whole parse:\n%s", size, firstDiff(want, got))
				}
			}
		})
	}
}

// TestChunkedModel checks the whole model of generated notes, parsed whole
// and in pieces.
func TestChunkedModel(t *testing.T) {
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, 2000, 7); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	if cuts := cutPoints(src, 4096); len(cuts) < 10 {
		t.Fatalf("only %d cut points in %d bytes", len(cuts), len(src))
	}
	md := markdown()
	whole := dumpBlocks(children(md.Parse(text.NewReader(src))), src)
	pieces := dumpBlocks(parseBlocksIn(markdown(), src, 2, 4096), src)
	if whole != pieces {
		t.Fatalf("generated notes parse differently in pieces:\n%s", firstDiff(whole, pieces))
	}
	d, err := Parse("corpus.md", src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := json.Marshal(d); err != nil {
		t.Fatal(err)
	}
}

// FuzzChunkedParse checks that parsing in pieces never differs from a whole
// parse, whatever the input.
func FuzzChunkedParse(f *testing.F) {
	for _, s := range []string{
		"# A\n```\n# x\n```\n# B\n", "# A\n<div>\n# x\n\n# B\n", "# A\n$$\n# x\n$$\n# B\n",
		"# A\n- ```\n# B\n```\n# C\n", "# A\n[x]: /u\n# B\n[x]\n", "# A\n<!--\n# x\n-->\n# B\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 4096 || tooDeepForFuzz(src) {
			return
		}
		want := dumpBlocks(children(markdown().Parse(text.NewReader(src))), src)
		got := dumpBlocks(parseBlocksIn(markdown(), src, 3, 1), src)
		if got != want {
			t.Fatalf("pieces differ from a whole parse:\n%s", firstDiff(want, got))
		}
	})
}

func tooDeepForFuzz(src []byte) bool {
	off, _ := tooDeep(src, DefaultMaxNesting)
	return off >= 0
}
