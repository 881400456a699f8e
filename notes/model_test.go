package notes

import "testing"

func TestNumberLabel(t *testing.T) {
	for _, c := range []struct{ num, want string }{
		{"", ""},
		{"12", "12. "},
		{"Q3", "Q3. "},
		{"第四题", "第四题 "},
		{"第3问", "第3问 "},
		{"十二", "十二、"},
	} {
		n := &Note{Number: c.num}
		if got := n.NumberLabel(); got != c.want {
			t.Errorf("NumberLabel of %q = %q, want %q", c.num, got, c.want)
		}
	}
}

func TestMayHaveImage(t *testing.T) {
	for _, c := range []struct {
		md   string
		want bool
	}{
		{"no image", false},
		{"![a](b.png)", true},
		{"a < b and <b>x</b>", false},
		{"text <img src=a.png>", true},
		{"<IMG SRC=a.png>", true},
		{"a <b> then <img", true},
		{"ends with <im", false},
		{"<", false},
	} {
		if got := mayHaveImage([]byte(c.md)); got != c.want {
			t.Errorf("mayHaveImage(%q) = %v, want %v", c.md, got, c.want)
		}
	}
}
