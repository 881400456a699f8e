package highlight

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// The token families that the agreement with chroma is measured on, by
// chroma's categories: a reader tells them apart by colour.
var families = []struct {
	name string
	of   func(chroma.TokenType) bool
}{
	{"keyword", func(t chroma.TokenType) bool { return t.Category() == chroma.Keyword }},
	{"string", func(t chroma.TokenType) bool { return t.SubCategory() == chroma.LiteralString }},
	{"comment", func(t chroma.TokenType) bool { return t.Category() == chroma.Comment }},
	{"number", func(t chroma.TokenType) bool { return t.SubCategory() == chroma.LiteralNumber }},
	// An identifier that a lexer classes no further, Name or NameOther,
	// is plain text: the style draws it so.
	{"name", func(t chroma.TokenType) bool {
		return t.Category() == chroma.Name && t != chroma.Name && t != chroma.NameOther
	}},
	{"operator", func(t chroma.TokenType) bool { return t.Category() == chroma.Operator }},
}

// An agreement counts, for one snippet, the bytes of each family as
// chroma and as the scanner class them, and the bytes both put in it;
// and the bytes that the github style colours alike.
type agreement struct {
	chroma, mine, both [6]int
	bytes, sameColour  int
}

// recall is the share of chroma's bytes of family f that the scanner puts
// in f, in percent; -1 when chroma has none.
func (a *agreement) recall(f int) int { return percent(a.both[f], a.chroma[f]) }

// precision is the share of the scanner's bytes of family f that chroma
// puts in f, in percent; -1 when the scanner has none.
func (a *agreement) precision(f int) int { return percent(a.both[f], a.mine[f]) }

func (a *agreement) add(b *agreement) {
	for f := range families {
		a.chroma[f] += b.chroma[f]
		a.mine[f] += b.mine[f]
		a.both[f] += b.both[f]
	}
	a.bytes += b.bytes
	a.sameColour += b.sameColour
}

// percent is 100*n/d rounded down, -1 when d is 0.
func percent(n, d int) int {
	if d == 0 {
		return -1
	}
	return 100 * n / d
}

var disagree = flag.Bool("disagree", false, "TestAgreement logs the text that the github style colours differently from chroma")

// githubColour returns the colour that the github style gives a token
// type, the one export's CSS uses; 0 for the text's colour, which a
// colour as dark as #404040 or darker reads as.
var githubColour = func() func(chroma.TokenType) chroma.Colour {
	st := styles.Get("github")
	return func(t chroma.TokenType) chroma.Colour {
		c := st.Get(t).Colour
		if max(c.Red(), c.Green(), c.Blue()) < 0x40 {
			return 0
		}
		return c
	}
}()

// measure returns the agreement of the scanner with chroma on src,
// byte by byte; white space, which shows no colour, is left out.
func measure(t *testing.T, lang string, src []byte) *agreement {
	t.Helper()
	mine := make([]chroma.TokenType, 0, len(src))
	if !Tokens(lang, src, func(class string, text []byte) {
		for range text {
			mine = append(mine, typeOf[class])
		}
	}) {
		t.Fatal("not supported")
	}
	theirs := chromaTypes(t, lang, src)
	if *disagree {
		logDisagreements(t, src, mine, theirs)
	}
	a := new(agreement)
	for i, c := range src {
		if isBlank(c) {
			continue
		}
		a.bytes++
		if githubColour(mine[i]) == githubColour(theirs[i]) {
			a.sameColour++
		}
		for f, fam := range families {
			ch, me := fam.of(theirs[i]), fam.of(mine[i])
			if ch {
				a.chroma[f]++
			}
			if me {
				a.mine[f]++
			}
			if ch && me {
				a.both[f]++
			}
		}
	}
	return a
}

// logDisagreements logs the runs of src that the github style colours
// differently in chroma's tokens and in the scanner's.
func logDisagreements(t *testing.T, src []byte, mine, theirs []chroma.TokenType) {
	t.Helper()
	var b strings.Builder
	for i := 0; i < len(src); {
		if isBlank(src[i]) || githubColour(mine[i]) == githubColour(theirs[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(src) && !isBlank(src[j]) && mine[j] == mine[i] && theirs[j] == theirs[i] {
			j++
		}
		fmt.Fprintf(&b, "\n\tchroma %v, here %v: %q", theirs[i], mine[i], src[i:j])
		i = j
	}
	if b.Len() > 0 {
		t.Logf("coloured differently:%s", b.String())
	}
}

// chromaTypes returns chroma's token type of each byte of src.
func chromaTypes(t *testing.T, lang string, src []byte) []chroma.TokenType {
	t.Helper()
	lexer := lexers.Get(lang)
	if lexer == nil {
		t.Fatal("chroma does not know", lang)
	}
	it, err := lexer.Tokenise(nil, string(src))
	if err != nil {
		t.Fatal(err)
	}
	types := make([]chroma.TokenType, 0, len(src)+1)
	for tok := it(); tok != chroma.EOF; tok = it() {
		for range len(tok.Value) {
			types = append(types, tok.Type)
		}
	}
	if len(types) < len(src) { // chroma lost bytes: count them as plain
		types = append(types, make([]chroma.TokenType, len(src)-len(types))...)
	}
	return types[:len(src)]
}

// agreementFloors is the file of the least agreement allowed per language
// and family: the table as last measured, written by -update.
var agreementFloors = filepath.Join("testdata", "TestAgreement", "floors.txt")

// TestAgreement measures, on the snippet of each language, how much of
// what chroma classes as a keyword, string, comment, number, name or
// operator the scanner classes in the same family, and how much of what
// the scanner puts in a family chroma puts there too. It prints the
// table with -v and fails when a figure falls below its floor in
// testdata/TestAgreement/floors.txt; -update rewrites the floors.
//
// Each cell is "recall/precision" in percent: recall is the share of
// chroma's bytes of the family that the scanner puts in it, precision
// the share of the scanner's bytes of the family that chroma puts in it;
// "-" when there is nothing to measure. The colour column is the share of bytes that
// the github style colours alike.
func TestAgreement(t *testing.T) {
	measured := map[string]*agreement{}
	var langs []string
	forEachSnippet(t, func(t *testing.T, lang string, src []byte) {
		measured[lang] = measure(t, lang, src)
	})
	for lang := range measured {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	total := new(agreement)
	for _, lang := range langs {
		total.add(measured[lang])
	}
	table := agreementTable(langs, measured, total)
	t.Logf("agreement with chroma, recall/precision in percent of bytes:\n%s", table)
	if *update {
		if err := os.MkdirAll(filepath.Dir(agreementFloors), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(agreementFloors, []byte(table), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	floors, err := readFloors(agreementFloors)
	if err != nil {
		t.Fatalf("%v (run go test -run TestAgreement -update to create it)", err)
	}
	now, _ := parseFloors(table)
	for _, lang := range append(langs, "total") {
		want, ok := floors[lang]
		if !ok {
			t.Errorf("%s: no floor in %s", lang, agreementFloors)
			continue
		}
		got := now[lang]
		for i, name := range floorColumns() {
			if got[i] < want[i] {
				t.Errorf("%s %s: %d%%, below the floor of %d%%", lang, name, got[i], want[i])
			}
		}
	}
}

// agreementTable formats the agreement per language and family, and in
// total.
func agreementTable(langs []string, measured map[string]*agreement, total *agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s", "language")
	for _, fam := range families {
		fmt.Fprintf(&b, " %9s", fam.name)
	}
	fmt.Fprintf(&b, " %7s\n", "colour")
	row := func(name string, a *agreement) {
		fmt.Fprintf(&b, "%-12s", name)
		for f := range families {
			cell := "-"
			if r, p := a.recall(f), a.precision(f); r >= 0 || p >= 0 {
				cell = pct(r) + "/" + pct(p)
			}
			fmt.Fprintf(&b, " %9s", cell)
		}
		fmt.Fprintf(&b, " %7s\n", pct(percent(a.sameColour, a.bytes)))
	}
	for _, lang := range langs {
		row(lang, measured[lang])
	}
	row("total", total)
	return b.String()
}

// pct formats a percentage, "-" for none (-1).
func pct(p int) string {
	if p < 0 {
		return "-"
	}
	return strconv.Itoa(p)
}

// floorColumns names the figures of a row of the table, in order.
func floorColumns() []string {
	var cols []string
	for _, fam := range families {
		cols = append(cols, fam.name+" recall", fam.name+" precision")
	}
	return append(cols, "colour")
}

// readFloors reads a table written by agreementTable.
func readFloors(path string) (map[string][]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	floors, err := parseFloors(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return floors, nil
}

// parseFloors parses a table written by agreementTable into the figures
// of each row, in the order of floorColumns; "-" (nothing to measure)
// reads as 0.
func parseFloors(table string) (map[string][]int, error) {
	rows := map[string][]int{}
	sc := bufio.NewScanner(strings.NewReader(table))
	for line := 1; sc.Scan(); line++ {
		fields := strings.Fields(sc.Text())
		if line == 1 {
			continue // the header
		}
		if len(fields) != len(families)+2 {
			return nil, fmt.Errorf("line %d: %d fields, want %d", line, len(fields), len(families)+2)
		}
		var figures []int
		for _, cell := range fields[1:] {
			parts := strings.Split(cell, "/")
			if cell == "-" {
				parts = []string{"-", "-"}
			}
			for _, p := range parts {
				if p == "-" {
					p = "0"
				}
				n, err := strconv.Atoi(p)
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", line, err)
				}
				figures = append(figures, n)
			}
		}
		if len(figures) != len(floorColumns()) {
			return nil, fmt.Errorf("line %d: %d figures, want %d", line, len(figures), len(floorColumns()))
		}
		rows[fields[0]] = figures
	}
	return rows, sc.Err()
}
