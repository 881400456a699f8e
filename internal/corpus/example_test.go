package corpus_test

import (
	"bytes"
	"fmt"
	"log"
	"os"

	"github.com/flashmark/flashmark/internal/corpus"
	"github.com/flashmark/flashmark/notes"
)

// Generate writes the page chrome and then the questions.
func ExampleGenerate() {
	if err := corpus.Generate(os.Stdout, 3, 9); err != nil {
		log.Fatal(err)
	}
	// Output:
	// notes/cloud-native/kubernetes/面试题.md
	// 2023-02-19 00:50 +08:00
	//
	// 940 lines · Markdown
	// Preview  Code  Blame  History
	// 本页内容从笔记仓库导出，格式可能有误。
	//
	// # 生产环境中如何配置 TLS bootstrap（#1）？
	// ---
	// # 说说 ExternalName 的实现机制（#2）
	//
	// Think of VXLAN as the glue between the API server and the container runtime. 简单说就是：先调度，再拉取镜像，最后启动容器并执行探针配置。
	// 1、线上遇到过一次{{c1::集群联邦}}导致的雪崩，后来加了 CRD 才稳定下来。
	// 2、kubeconfig 的数据保存在有状态应用中，升级之前一定要先做备份。
	// 3、ClusterIP 会为每个 Pod 分配独立的监控告警，同一节点上的容器通过网桥通信。
	// 4、一般来说，{{c2::连接跟踪表::组件}}和负载均衡是成对出现的，缺一不可。
	// 5、A common mistake is to restart Cilium instead of fixing the Istio configuration.
	// 6、image layer forwards traffic to the pods selected by its label selector.
	//
	// # Linkerd 和 taint 有什么区别（#3）？
	// ---
}

// A generated file parses as notes with the counts the generator reports.
func ExampleOptions_Generate() {
	var buf bytes.Buffer
	st, err := corpus.Options{Questions: 1000, Seed: 1}.Generate(&buf)
	if err != nil {
		log.Fatal(err)
	}
	d, err := notes.Parse("corpus.md", buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	c := d.Count()
	fmt.Printf("generated: %d questions, %d answered, %d cloze\n", st.Questions, st.Answered, st.Cloze)
	fmt.Printf("parsed:    %d notes, %d answered, %d cloze\n", c.Notes, c.Answered, c.Cloze)
	// Output:
	// generated: 1000 questions, 594 answered, 152 cloze
	// parsed:    1000 notes, 594 answered, 152 cloze
}
