package notes

import (
	"errors"
	"strings"
	"testing"
)

func TestNormalizeKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"What is a Pod?", "whatisapod"},
		{"  what is a  pod ", "whatisapod"},
		{"1. What is a Pod?", "whatisapod"},
		{"12) What is a Pod", "whatisapod"},
		{"Q3: What is a Pod?", "whatisapod"},
		{"q3 what is a pod", "whatisapod"},
		{"2、什么是 Pod？", "什么是pod"},
		{"第四题 什么是 Pod？", "什么是pod"},
		{"第十二题：什么是Pod", "什么是pod"},
		{"一、什么是 Pod", "什么是pod"},
		{"ＷＨＡＴ　ｉｓ　Ｐｏｄ？", "whatispod"}, // full-width letters and space
		{"3D printing?", "3dprinting"},
		{"5G网络是什么", "5g网络是什么"},
		{"2022年的变化", "2022年的变化"},
		{"What is `kubectl`!", "whatis`kubectl`"},
	}
	for _, tt := range tests {
		if got := normalizeKey(tt.in); got != tt.want {
			t.Errorf("normalizeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func idsByQuestion(t *testing.T, src string) map[string]string {
	t.Helper()
	d := mustParse(t, "ids.md", src)
	ids := map[string]string{}
	for n := range d.All() {
		ids[normalizeKey(n.Question.Text())] = n.ID
	}
	return ids
}

// TestStableIDs proves that the edits notes go through keep every ID.
func TestStableIDs(t *testing.T) {
	base := "# Deck\n## 1. What is a Pod?\nA group.\n## 2. 什么是 Service？\n负载均衡。\n## 3. What is etcd?\n"
	edits := map[string]string{
		"answer edited":      "# Deck\n## 1. What is a Pod?\nA group of containers sharing a network namespace.\n## 2. 什么是 Service？\n负载均衡和服务发现。\n## 3. What is etcd?\nA key-value store.\n",
		"reordered":          "# Deck\n## 3. What is etcd?\n## 1. What is a Pod?\nA group.\n## 2. 什么是 Service？\n负载均衡。\n",
		"renumbered":         "# Deck\n## 2. What is etcd?\n## 3. What is a Pod?\nA group.\n## 1. 什么是 Service？\n负载均衡。\n",
		"spacing and marks":  "# Deck\n##  What is a  Pod\nA group.\n## 什么是Service?\n负载均衡。\n## What is etcd\n",
		"emphasis added":     "# Deck\n## 1. What is a **Pod**?\nA group.\n## 2. 什么是 Service？\n负载均衡。\n## 3. What is etcd?\n",
		"unanswered → ---":   "# Deck\n## 1. What is a Pod?\nA group.\n## 2. 什么是 Service？\n负载均衡。\n## 3. What is etcd?\n---\n",
		"comment and tags":   "# Deck\n## 1. What is a Pod? {.k8s}\nA group.\n## 2. 什么是 Service？\n负载均衡。\n## 3. What is etcd?\n",
		"front matter added": "---\ntags: [x]\n---\n# Deck\n## 1. What is a Pod?\nA group.\n## 2. 什么是 Service？\n负载均衡。\n## 3. What is etcd?\n",
	}
	want := idsByQuestion(t, base)
	if len(want) != 3 {
		t.Fatalf("base has %d notes", len(want))
	}
	for name, src := range edits {
		t.Run(name, func(t *testing.T) {
			got := idsByQuestion(t, src)
			for q, id := range want {
				if got[q] != id {
					t.Errorf("%q: ID %q, want %q", q, got[q], id)
				}
			}
		})
	}
	// What the ID is derived from does change it.
	for name, src := range map[string]string{
		"deck renamed":    "# Other deck\n## What is a Pod?\nA group.\n## x\n",
		"question edited": "# Deck\n## What is a Pod used for?\nA group.\n## x\n",
		"section added":   "# Deck\n## Basics\n### What is a Pod?\nA group.\n## x\n",
	} {
		p := Parser{QuestionLevel: 0}
		if name == "section added" {
			p.QuestionLevel = 3
		}
		d, err := p.Parse("ids.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range d.All() {
			if strings.Contains(n.Question.Text(), "Pod") && n.ID == want["whatisapod"] {
				t.Errorf("%s: ID unchanged", name)
			}
		}
	}
}

func TestExplicitIDs(t *testing.T) {
	tests := []struct {
		name, src, wantID string
		wantErr           error
	}{
		{"heading attribute", "# Q {#my-id}\nA\n", "my-id", nil},
		{"comment block", "# Q\n<!-- id: my-id -->\nA\n", "my-id", nil},
		{"comment spacing", "# Q\n<!--id:my-id-->\nA\n", "my-id", nil},
		{"inline comment", "# Q <!-- id: my-id -->\nA\n", "my-id", nil},
		{"comment elsewhere is answer", "# Q\nA\n<!-- id: late -->\n", "", nil},
		{"both", "# Q {#a}\n<!-- id: b -->\nA\n", "", ErrBadID},
		{"spaces", "# Q\n<!-- id: my id -->\nA\n", "", ErrBadID},
		{"empty", "# Q\n<!-- id: -->\nA\n", "", ErrBadID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("e.md", []byte(tt.src))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				var pe *Error
				if !errors.As(err, &pe) || pe.Pos.String() != "e.md:1:1" {
					t.Errorf("error position: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			id := d.Notes[0].ID
			if tt.wantID != "" && id != tt.wantID || tt.wantID == "" && len(id) != 16 {
				t.Errorf("ID = %q, want %q", id, tt.wantID)
			}
		})
	}
}

// TestDuplicateIDs checks that two explicit IDs that clash stay an error
// naming both positions. Repeated questions, which are not an error, are
// tested in TestDuplicateQuestions.
func TestDuplicateIDs(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"same explicit ID", "# A {#x}\n1\n# B\n<!-- id: x -->\n2\n", `dup.md:3:1: duplicate note ID: "x" is also the ID of the note at dup.md:1:1`},
		{"attribute and comment", "# A\n<!-- id: x -->\n1\n# B {#x}\n2\n", `dup.md:4:1: duplicate note ID: "x" is also the ID of the note at dup.md:1:1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("dup.md", []byte(tt.src))
			if !errors.Is(err, ErrDuplicateID) {
				t.Fatalf("err = %v, want ErrDuplicateID", err)
			}
			if err.Error() != tt.want {
				t.Errorf("err = %q, want %q", err, tt.want)
			}
		})
	}
	// The same question in two sections is two notes, without a warning.
	d, err := Parse("ok.md", []byte("# A\n## Q\nx\n# B\n## Q\ny\n"))
	if err != nil {
		t.Fatalf("same question in two sections: %v", err)
	}
	if got := countDiagnostics(d, "duplicate"); got != 0 {
		t.Errorf("same question in two sections: %d duplicate warnings", got)
	}
}
