package export

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// realisticPlain is an answer in the shape of real study notes: Chinese
// prose with soft line breaks, a list, inline code, bold, a cloze, math and
// a table.
const realisticPlain = `kube-proxy 实现 4 层负载均衡，负责把 **service** 请求转发到后台的 pod；
ingress 实现 7 层负载均衡，负责把内部服务暴露到外网访问。

1、{{c1::ClusterIP::类型}}：集群内部访问，默认类型
2、NodePort：在每个节点上开放端口，` + "`kubectl expose`" + ` 可以创建
3、LoadBalancer：云厂商提供的负载均衡器

调度的打分公式为 $score = \sum_i w_i f_i$，权重可配置。

| 组件 | 作用 |
| --- | --- |
| kube-proxy | 四层转发 |
| ingress | 七层路由 |
`

// realistic is realisticPlain with a short code block.
const realistic = realisticPlain + `
` + "```go" + `
// 健康检查
func healthz(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
` + "```" + `
`

func benchBody(b *testing.B, h *HTML, body notes.Body) {
	if _, err := stringOf(h, body); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body.Markdown())))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := h.Render(io.Discard, body); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHTML renders one realistic answer.
func BenchmarkHTML(b *testing.B) {
	b.Run("plain", func(b *testing.B) { benchBody(b, &HTML{}, answer(b, realisticPlain)) })
	b.Run("code", func(b *testing.B) { benchBody(b, &HTML{}, answer(b, realistic)) })
	b.Run("rawHTML", func(b *testing.B) {
		benchBody(b, &HTML{}, answer(b, realisticPlain+"\n<details><summary>更多</summary>\n\n<b>加粗</b> <kbd>Ctrl</kbd>\n\n</details>\n"))
	})
}

// BenchmarkHTMLDeck renders every body of generated notes in the shape of
// the reference notes (a third of the answers hold a code block), and of
// the reference notes themselves, with code highlighted and plain; ns/note
// is the time per note (question and answer).
func BenchmarkHTMLDeck(b *testing.B) {
	var buf bytes.Buffer
	if err := corpus.Generate(&buf, 2000, 1); err != nil {
		b.Fatal(err)
	}
	seed, err := os.ReadFile("testdata/kubernetes-interview-notes.md")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		src  []byte
	}{{"corpus", buf.Bytes()}, {"seed", seed}} {
		b.Run(c.name, func(b *testing.B) {
			d := parse(b, string(c.src))
			list := bodies(d)
			n := d.Count().Notes
			for _, h := range []struct {
				name string
				h    *HTML
			}{{"highlight", &HTML{}}, {"plaincode", &HTML{PlainCode: true}}} {
				b.Run(h.name, func(b *testing.B) {
					b.ReportAllocs()
					for b.Loop() {
						for _, body := range list {
							if _, err := h.h.Render(io.Discard, body); err != nil {
								b.Fatal(err)
							}
						}
					}
					b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/note")
				})
			}
		})
	}
}
