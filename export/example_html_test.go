package export_test

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"strings"
	"testing/fstest"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/notes"
)

const exampleNotes = `# 什么是 Pod？

Pod 是 Kubernetes 中{{c1::最小的调度单位::单位}}，
一个 Pod 可以包含多个容器。

- 共享网络：同一个 Pod 内的容器通过 ` + "`localhost`" + ` 通信
- 资源公式：$cpu = requests \times n$

![Pod 结构](images/pod.png)

<b>注意</b><script>alert("不会执行")</script>
`

// String renders an answer as an XHTML fragment: East Asian line breaks
// joined, clozes marked, math delimited for MathJax, raw HTML sanitised.
func ExampleHTML_String() {
	d, err := notes.Parse("pods.md", []byte(exampleNotes))
	if err != nil {
		log.Fatal(err)
	}
	var h export.HTML
	for n := range d.All() {
		s, diags, err := h.String(n.Answer)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(s)
		for _, d := range diags {
			fmt.Println(d)
		}
	}
	// Output:
	// <p>Pod 是 Kubernetes 中<mark class="cloze" data-cloze="1" data-hint="单位">最小的调度单位</mark>，一个 Pod 可以包含多个容器。</p>
	// <ul>
	// <li>共享网络：同一个 Pod 内的容器通过 <code>localhost</code> 通信</li>
	// <li>资源公式：\(cpu = requests \times n\)</li>
	// </ul>
	// <p><img src="images/pod.png" alt="Pod 结构" /></p>
	// <p><b>注意</b></p>
	// pods.md:11:14: warning: raw HTML sanitised: removed <script>
}

// MediaSrc names local images as the exporter stores them, and leaves
// out those it cannot store: their alt text shows, and String returns a
// diagnostic for each.
func ExampleHTML_String_media() {
	d, err := notes.Parse("pods.md", []byte("# Pod\n\nPod 是最小的调度单位。\n\n![图](images/pod.png) ![缺失](images/gone.png)\n"))
	if err != nil {
		log.Fatal(err)
	}
	h := export.HTML{
		MediaSrc: func(m notes.Media) (string, error) {
			if m.Path == "images/gone.png" {
				return "", fs.ErrNotExist
			}
			return "pod-" + strings.ReplaceAll(m.Path, "/", "-"), nil
		},
	}
	for n := range d.All() {
		s, diags, err := h.String(n.Answer)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(s)
		for _, d := range diags {
			fmt.Println(d)
		}
	}
	// Output:
	// <p>Pod 是最小的调度单位。</p>
	// <p><img src="pod-images-pod.png" alt="图" /> <span class="missing-image">缺失</span></p>
	// pods.md:5:24: warning: image images/gone.png left out: file images/gone.png not found
}

// Highlight gives the classed tokens of a code block, for formats that
// draw code themselves; TokenStyleOf gives each class's colour, the same
// as CodeCSS's.
func ExampleHighlight() {
	toks, err := export.Highlight("go", []byte(`fmt.Println("你好")`))
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range toks {
		st := export.TokenStyleOf(t.Class)
		fmt.Printf("%-4q %-12q #%02x%02x%02x\n", t.Class, t.Text, st.R, st.G, st.B)
	}
	// Output:
	// "nx" "fmt"        #1f2328
	// "p"  "."          #1f2328
	// "nf" "Println"    #6639ba
	// "p"  "("          #1f2328
	// "s"  "\"你好\""     #0a3069
	// "p"  ")"          #1f2328
}

// Render writes to any io.Writer; highlighted code uses the classes that
// CodeCSS styles.
func ExampleHTML_Render() {
	d, err := notes.Parse("go.md", []byte("# Go\n\n```go\nfmt.Println(\"你好\")\n```\n"))
	if err != nil {
		log.Fatal(err)
	}
	var h export.HTML
	for n := range d.All() {
		if _, err := h.Render(os.Stdout, n.Answer); err != nil {
			log.Fatal(err)
		}
	}
	// Output:
	// <pre class="hl-chroma"><code class="language-go"><span class="hl-nx">fmt</span><span class="hl-p">.</span><span class="hl-nf">Println</span><span class="hl-p">(</span><span class="hl-s">&quot;你好&quot;</span><span class="hl-p">)</span>
	// </code></pre>
}

// CodeCSS is the style sheet for highlighted code, light then dark.
func ExampleCodeCSS() {
	css := export.CodeCSS()
	for _, line := range strings.Split(css, "\n") {
		if strings.Contains(line, ".hl-chroma .hl-k {") {
			fmt.Println(line)
		}
	}
	// Output:
	// .hl-chroma .hl-k { color: #cf222e; }
	//   .hl-chroma .hl-k { color: #ff7b72; }
}

// ReadMedia reads a note's local images from the notes' directory and
// refuses paths that leave it. Programs pass (*os.Root).FS() of the
// directory, from os.OpenRoot; here a map stands in for it.
func ExampleReadMedia() {
	root := fstest.MapFS{"images/pod.png": {Data: []byte("\x89PNG...")}}
	d, err := notes.Parse("pods.md", []byte("# Pod\n\n![ok](images/pod.png) ![bad](../../etc/passwd)\n"))
	if err != nil {
		log.Fatal(err)
	}
	for n := range d.All() {
		for _, m := range n.Answer.Media {
			data, err := export.ReadMedia(root, m)
			switch {
			case errors.Is(err, export.ErrOutsideRoot):
				fmt.Println("refused:", err)
			case err != nil:
				log.Fatal(err)
			default:
				fmt.Printf("read %s: %d bytes\n", m.Path, len(data))
			}
		}
	}
	// Output:
	// read images/pod.png: 7 bytes
	// refused: export: pods.md:3:23: image ../../etc/passwd: image path leaves the notes' root
}

// MediaDiagnostic turns a failed read into a warning for the user, so
// that the export goes on without the image.
func ExampleMediaDiagnostic() {
	d, err := notes.Parse("pods.md", []byte("# Pod\n\n![图](images/missing.png)\n"))
	if err != nil {
		log.Fatal(err)
	}
	var root fs.FS = fstest.MapFS{}
	for n := range d.All() {
		for _, m := range n.Answer.Media {
			if _, err := export.ReadMedia(root, m); err != nil {
				fmt.Println(export.MediaDiagnostic(m, err))
			}
		}
	}
	// Output:
	// pods.md:3:1: warning: image images/missing.png left out: file images/missing.png not found
}
