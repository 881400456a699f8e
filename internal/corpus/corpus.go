// Package corpus generates large, deterministic Markdown notes in the shape
// of the reference notes (notes/testdata/kubernetes-interview-notes.md):
// a few lines of page chrome, then "#" questions in mixed Chinese and
// English whose answers use "###" parts, "1、" and "- " lists, fenced code,
// GFM tables, inline code, bold, images, clozes and highlights, with about
// two questions in five left unanswered.
//
// The files feed benchmarks and timing runs; they are not meant to be read.
// The same Options always produce the same bytes, on every platform. A
// question takes about 390 bytes on average: with seed 1, 1,000 questions
// make 379,581 bytes, 10,000 make 3.9 MB and 100,000 make 39.3 MB.
package corpus

import (
	"io"
	"math/bits"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
)

// DefaultUnanswered is the share of questions left unanswered when
// Options.Unanswered is 0, close to the reference notes.
const DefaultUnanswered = 0.4

// Options describe a generated file.
type Options struct {
	// Questions is the number of "#" questions to write.
	Questions int
	// Seed selects the file: the same Options always give the same bytes.
	Seed uint64
	// Unanswered is the probability, between 0 and 1, that a question has no
	// answer. 0 means DefaultUnanswered; a negative value answers every
	// question.
	Unanswered float64
	// Headings, when above 0, draws the question headings from that many
	// distinct ones, as a quiz that asks "What is the output of below
	// code?" again and again does: question i repeats heading
	// (i-1)%Headings+1, which is made from its number and the seed alone.
	// The answers do not depend on it, so that files differing only in
	// Headings (say Questions and 1000) have the same answers, unique
	// headings in the one, most of them repeated in the other.
	Headings int
}

// Stats describe a generated file, so that tests can check what a parser
// finds in it.
type Stats struct {
	Questions  int   // questions written
	Answered   int   // questions with an answer
	Unanswered int   // questions without one; some are followed by a lone "---"
	Cloze      int   // answered questions holding a {{cN::...}} cloze or a ==highlight==
	Bytes      int64 // bytes written
}

// Generate writes a file of the given number of questions, chosen by seed,
// with the default options.
func Generate(w io.Writer, questions int, seed uint64) error {
	_, err := Options{Questions: questions, Seed: seed}.Generate(w)
	return err
}

// Generate writes the file the options describe to w and reports what it
// wrote. It stops at the first write error.
func (o Options) Generate(w io.Writer) (Stats, error) {
	unanswered := o.Unanswered
	switch {
	case unanswered == 0:
		unanswered = DefaultUnanswered
	case unanswered < 0:
		unanswered = 0
	case unanswered > 1:
		unanswered = 1
	}
	g := &generator{
		w:        w,
		seed:     o.Seed,
		headings: o.Headings,
		// The second PCG seed is fixed: Seed alone selects the file.
		rng:        rand.NewPCG(o.Seed, 0x666c6173686d6b21),
		unanswered: uint64(unanswered * (1 << 32)),
		buf:        make([]byte, 0, flushSize+4096),
	}
	g.chrome()
	for i := 1; i <= o.Questions && g.err == nil; i++ {
		g.question(i)
		if len(g.buf) >= flushSize {
			g.flush()
		}
	}
	g.flush()
	return g.stats, g.err
}

// flushSize is how much the generator buffers between writes.
const flushSize = 32 << 10

type generator struct {
	w          io.Writer
	seed       uint64
	headings   int // Options.Headings
	rng        *rand.PCG
	unanswered uint64 // probability scaled to 1<<32
	buf        []byte
	stats      Stats
	err        error

	// per question
	en     bool // the question is in English
	cloze  int  // the last cloze number used in the answer
	marked bool // the answer holds a cloze or highlight
	spaced bool // the last sentence was English
}

func (g *generator) flush() {
	if g.err != nil || len(g.buf) == 0 {
		return
	}
	n, err := g.w.Write(g.buf)
	g.stats.Bytes += int64(n)
	g.err = err
	g.buf = g.buf[:0]
}

// intn returns a number in [0, n). It maps the PCG's output with a
// multiplication (Lemire's method without the rejection step), whose tiny
// bias does not matter here, and which, unlike rand.Rand's methods, is
// fixed by this package and so stays byte-stable across Go releases.
func (g *generator) intn(n int) int {
	hi, _ := bits.Mul64(g.rng.Uint64(), uint64(n))
	return int(hi)
}

// percent reports true with probability p/100.
func (g *generator) percent(p int) bool { return g.intn(100) < p }

func pick[T any](g *generator, list []T) T { return list[g.intn(len(list))] }

// Writing helpers; hex writes up to n random hex digits.

func (g *generator) str(s string)    { g.buf = append(g.buf, s...) }
func (g *generator) char(c byte)     { g.buf = append(g.buf, c) }
func (g *generator) num(n int)       { g.buf = strconv.AppendInt(g.buf, int64(n), 10) }
func (g *generator) blank()          { g.buf = append(g.buf, '\n') }
func (g *generator) line(s string)   { g.buf = append(append(g.buf, s...), '\n') }
func (g *generator) lineEnd()        { g.char('\n') }
func (g *generator) hex(n int)       { g.buf = strconv.AppendUint(g.buf, g.rng.Uint64()>>(64-4*n), 16) }
func (g *generator) slug(s string)   { g.str(strings.ReplaceAll(strings.ToLower(s), " ", "-")) }
func (g *generator) escape(s string) { g.str(url.PathEscape(s)) }

// chrome writes the lines a web page adds above notes copied from it: a
// path, a commit date, a size line and the page's buttons.
func (g *generator) chrome() {
	g.str("notes/cloud-native/kubernetes/")
	g.str(pick(g, chromeTitles))
	g.line(".md")
	g.str("2023-0")
	g.num(1 + g.intn(9))
	g.str("-1")
	g.num(g.intn(10))
	g.str(" 0")
	g.num(g.intn(10))
	g.str(":")
	g.num(10 + g.intn(50))
	g.line(" +08:00")
	g.blank()
	g.num(100 + g.intn(900))
	g.line(" lines · Markdown")
	g.line("Preview  Code  Blame  History")
	g.line("本页内容从笔记仓库导出，格式可能有误。")
	g.blank()
}

// question writes question number i: its heading, then its answer or the
// marks of an unanswered question.
func (g *generator) question(i int) {
	g.en = g.percent(30)
	g.cloze, g.marked = 0, false
	if g.headings > 0 {
		g.repeatedHeading((i-1)%g.headings + 1)
	} else {
		g.heading(i)
	}
	g.stats.Questions++

	if uint64(g.rng.Uint64()>>32) < g.unanswered {
		g.stats.Unanswered++
		if g.percent(35) {
			g.line("---")
		}
		if g.percent(30) {
			g.blank()
		}
		return
	}
	g.stats.Answered++
	g.answer()
	if g.marked {
		g.stats.Cloze++
	}
	if g.percent(50) {
		g.blank()
	}
}

// heading writes the heading of question number i.
func (g *generator) heading(i int) {
	g.str("# ")
	q := pick(g, zhQuestions)
	open, close := "（#", "）"
	if g.en {
		q = pick(g, enQuestions)
		open, close = " (#", ")"
	}
	// The number goes before a final question mark or full stop, where it
	// stays in the derived note ID (which ignores trailing punctuation and
	// leading numbering), keeping every question distinct.
	end := ""
	for _, p := range []string{"？", "?", "。"} {
		if rest, ok := strings.CutSuffix(q, p); ok {
			q, end = rest, p
			break
		}
	}
	g.fill(q, false)
	g.str(open)
	g.num(i)
	g.str(close)
	g.str(end)
	g.lineEnd()
}

// repeatedHeading writes heading number k of Options.Headings, drawn from
// a generator of its own seeded by k, so that it is the same wherever it
// repeats and leaves the answers' draws alone.
func (g *generator) repeatedHeading(k int) {
	rng, en := g.rng, g.en
	g.rng = rand.NewPCG(g.seed, 0x68656164696e6700^uint64(k))
	g.en = g.percent(30)
	g.heading(k)
	g.rng, g.en = rng, en
}

// answer writes the blocks of an answer.
func (g *generator) answer() {
	if g.percent(25) {
		g.blank()
	}
	switch k := g.intn(100); {
	case k < 30: // a paragraph or two
		g.paragraph(2 + g.intn(2))
		if g.percent(50) {
			g.sep()
			g.paragraph(1 + g.intn(2))
		}
	case k < 55: // an introduction and a list
		g.paragraph(1 + g.intn(3))
		g.sep()
		g.list()
	case k < 85: // an introduction and parts
		if g.percent(70) {
			g.paragraph(1 + g.intn(2))
			g.sep()
		}
		for range 2 + g.intn(4) {
			g.part()
		}
	default: // an example
		g.paragraph(1)
		g.sep()
		g.example()
		if g.percent(50) {
			g.sep()
			g.paragraph(1 + g.intn(2))
		}
	}
	if g.percent(10) {
		g.sep()
		g.image()
	}
}

// sep separates two blocks: a blank line, or none as in notes typed
// without one (which joins paragraphs and "1、" lines, as in real notes).
func (g *generator) sep() {
	if g.percent(60) {
		g.blank()
	}
}

// part writes a "###" part and its content.
func (g *generator) part() {
	g.str("### ")
	if g.en {
		g.fill(pick(g, enParts), false)
	} else {
		g.fill(pick(g, zhParts), false)
	}
	g.lineEnd()
	switch k := g.intn(100); {
	case k < 55:
		g.paragraph(1 + g.intn(2))
	case k < 75:
		g.list()
	default:
		g.paragraph(1)
		g.blank()
		g.example()
	}
	g.blank()
}

// list writes a "1、" list, which Markdown reads as lines of a paragraph,
// or a "- " list.
func (g *generator) list() {
	n := 3 + g.intn(4)
	if g.percent(55) {
		for i := 1; i <= n; i++ {
			g.num(i)
			g.str("、")
			g.sentence()
			g.lineEnd()
		}
	} else {
		for range n {
			g.str("- ")
			g.sentence()
			g.lineEnd()
		}
	}
	g.blank() // or the next paragraph continues the last item
}

// example writes a code block or a table.
func (g *generator) example() {
	switch k := g.intn(100); {
	case k < 30:
		g.yaml()
	case k < 50:
		g.goCode()
	case k < 75:
		g.bash()
	default:
		g.table()
	}
}

// paragraph writes n sentences on one line, with a space after an English
// one.
func (g *generator) paragraph(n int) {
	for i := range n {
		if i > 0 && g.spaced {
			g.char(' ')
		}
		g.sentence()
	}
	g.lineEnd()
}

// sentence writes a sentence, mostly in the question's language.
func (g *generator) sentence() {
	g.spaced = g.en != g.percent(15)
	if g.spaced {
		g.fill(pick(g, enSentences), true)
	} else {
		g.fill(pick(g, zhSentences), true)
	}
}

// fill expands a template (see vocab.go). In prose, terms are now and then
// bold, code, a cloze or a highlight.
func (g *generator) fill(tmpl string, prose bool) {
	var last string // the last term or noun, not to be repeated at once
	distinct := func(list []string) string {
		w := pick(g, list)
		if w == last {
			w = pick(g, list)
		}
		last = w
		return w
	}
	for {
		i := strings.IndexByte(tmpl, '%')
		if i < 0 || i+1 == len(tmpl) {
			g.str(tmpl)
			return
		}
		g.str(tmpl[:i])
		switch tmpl[i+1] {
		case 'T':
			g.term(distinct(terms), prose)
		case 'Z':
			g.term(distinct(zhNouns), prose)
		case 'C':
			g.char('`')
			g.str(pick(g, commands))
			g.char('`')
		case 'E':
			g.str(pick(g, states))
		case 'N':
			g.num(2 + g.intn(9))
		default:
			g.str(tmpl[i : i+2])
		}
		tmpl = tmpl[i+2:]
	}
}

func (g *generator) term(t string, prose bool) {
	if !prose {
		g.str(t)
		return
	}
	switch k := g.intn(1000); {
	case k < 60:
		g.str("**")
		g.str(t)
		g.str("**")
	case k < 120:
		g.char('`')
		g.str(t)
		g.char('`')
	case k < 140:
		g.cloze++
		g.marked = true
		g.str("{{c")
		g.num(g.cloze)
		g.str("::")
		g.str(t)
		if g.percent(30) {
			g.str("::")
			g.str(pick(g, []string{"组件", "缩写", "component", "资源"}))
		}
		g.str("}}")
	case k < 155:
		g.marked = true
		g.str("==")
		g.str(t)
		g.str("==")
	default:
		g.str(t)
	}
}

// image writes a remote image, sometimes with a percent-encoded Chinese
// path, or a local one.
func (g *generator) image() {
	t := pick(g, terms)
	g.str("![")
	g.str(t)
	g.str("](")
	switch k := g.intn(10); {
	case k < 5:
		g.str("https://img.example.net/k8s-notes/")
		g.hex(8)
		g.char('/')
		g.slug(t)
		g.str(".png")
	case k < 7:
		g.str("https://git.example.org/notes/raw/main/")
		g.escape(pick(g, zhNouns))
		g.char('/')
		g.slug(t)
		g.str(".jpg")
	default:
		g.str("images/")
		g.slug(t)
		g.char('-')
		g.num(g.intn(100))
		g.str(".png")
	}
	g.line(")")
	g.blank()
}

func (g *generator) yaml() {
	app := pick(g, apps)
	g.line("```yaml")
	if g.percent(60) {
		g.line("apiVersion: apps/v1")
		g.line("kind: Deployment")
		g.line("metadata:")
		g.str("  name: ")
		g.line(app)
		g.line("spec:")
		g.str("  replicas: ")
		g.num(1 + g.intn(5))
		g.lineEnd()
		g.line("  template:")
		g.line("    spec:")
		g.line("      containers:")
		g.str("      - name: ")
		g.line(app)
		g.str("        image: ")
		g.line(pick(g, images))
		if g.percent(50) {
			g.line("        resources:")
			g.str("          limits: {cpu: ")
			g.num(100 * (1 + g.intn(8)))
			g.str("m, memory: ")
			g.num(64 << g.intn(5))
			g.line("Mi}")
		}
	} else {
		g.line("apiVersion: v1")
		g.line("kind: Service")
		g.line("metadata:")
		g.str("  name: ")
		g.line(app)
		g.line("spec:")
		g.str("  type: ")
		g.line(pick(g, []string{"ClusterIP", "NodePort", "LoadBalancer"}))
		g.str("  selector: {app: ")
		g.str(app)
		g.line("}")
		g.str("  ports: [{port: 80, targetPort: ")
		g.num(8000 + g.intn(1000))
		g.line("}]")
	}
	g.line("```")
}

func (g *generator) goCode() {
	app := pick(g, apps)
	g.line("```go")
	if g.percent(50) {
		g.str("func ")
		g.str(app)
		g.line("Ready(w http.ResponseWriter, r *http.Request) {")
		g.str("\tif time.Since(lastSync) > ")
		g.num(5 * (1 + g.intn(12)))
		g.line("*time.Second {")
		g.line("\t\thttp.Error(w, \"stale\", http.StatusServiceUnavailable)")
		g.line("\t\treturn")
		g.line("\t}")
		g.line("\tw.WriteHeader(http.StatusOK)")
		g.line("}")
	} else {
		g.str("pods, err := client.CoreV1().Pods(\"")
		g.str(app)
		g.line("\").List(ctx, metav1.ListOptions{})")
		g.line("if err != nil {")
		g.line("\treturn err")
		g.line("}")
		g.line("for _, p := range pods.Items {")
		g.line("\tfmt.Println(p.Name, p.Status.Phase)")
		g.line("}")
	}
	g.line("```")
}

func (g *generator) bash() {
	g.line("```bash")
	if g.percent(50) {
		g.line("# 先确认节点和 Pod 的状态")
	}
	for range 1 + g.intn(4) {
		c := pick(g, commands)
		if strings.HasPrefix(c, "--") {
			g.str("kubelet ")
		}
		g.str(c)
		if g.percent(40) {
			g.str(" -n ")
			g.str(pick(g, apps))
		}
		g.lineEnd()
	}
	g.line("```")
}

func (g *generator) table() {
	head := pick(g, tableHeads)
	g.blank()
	g.char('|')
	for _, h := range head {
		g.char(' ')
		g.fill(h, false)
		g.str(" |")
	}
	g.lineEnd()
	g.char('|')
	for range head {
		g.str(" --- |")
	}
	g.lineEnd()
	for range 2 + g.intn(3) {
		g.str("| ")
		g.str(pick(g, terms))
		g.str(" | ")
		g.str(pick(g, zhNouns))
		g.str(" | `")
		g.num(1000 + g.intn(9000))
		g.line("` |")
	}
	g.blank() // or the next line would be a row
}
