package anki_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/flashmark/flashmark/export"
	"github.com/flashmark/flashmark/formats/anki"
	"github.com/flashmark/flashmark/notes"
)

const k8s = `# 什么是 Pod？

Pod 是 Kubernetes 中最小的调度单位，一个或多个容器共享网络和存储。

# Service 有哪几种类型？

1、ClusterIP
2、NodePort
3、LoadBalancer

# 什么是 sidecar 容器？

# kubelet 负责 {{c1::维护容器的生命周期}}
`

// An Exporter writes a deck to any io.Writer; ExportSummary says what it
// wrote. Unanswered questions are skipped, cloze notes make a card per
// deletion.
func ExampleExporter() {
	d, err := notes.Parse("k8s.md", []byte(k8s))
	if err != nil {
		log.Fatal(err)
	}
	e := &anki.Exporter{
		DeckName: "面试::Kubernetes",
		Time:     time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), // byte-identical output
	}
	var buf bytes.Buffer
	sum, err := e.Export(context.Background(), &buf, d)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d notes, %d cards, %d skipped\n", sum.Notes, sum.Cards, sum.Skipped)
	// Output:
	// 3 notes, 3 cards, 1 skipped
}

// export.WriteFile writes atomically and, through Update, reads the
// package it replaces, so that re-importing the new file into Anki updates
// only the notes that changed. It refuses names that Anki reads as a whole
// collection.
func ExampleExporter_Update() {
	dir, err := os.MkdirTemp("", "anki-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "k8s.apkg")

	for _, src := range []string{k8s, k8s + "\n# 什么是 kube-proxy？\n\n负责 Service 的转发。\n"} {
		d, err := notes.Parse("k8s.md", []byte(src))
		if err != nil {
			log.Fatal(err)
		}
		sum, err := export.WriteFile(context.Background(), &anki.Exporter{}, name, d)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d notes, %d cards\n", filepath.Base(name), sum.Notes, sum.Cards)
	}
	d, _ := notes.Parse("k8s.md", []byte(k8s))
	_, err = export.WriteFile(context.Background(), &anki.Exporter{}, filepath.Join(dir, "collection.apkg"), d)
	fmt.Println(errors.Is(err, anki.ErrCollectionName))
	// Output:
	// k8s.apkg: 3 notes, 3 cards
	// k8s.apkg: 4 notes, 4 cards
	// true
}

// ReadPrevious reads what an earlier package said about its notes; set
// Exporter.Previous to it when writing somewhere else than over the old
// file.
func ExampleReadPrevious() {
	d, err := notes.Parse("k8s.md", []byte(k8s))
	if err != nil {
		log.Fatal(err)
	}
	var old bytes.Buffer
	if _, err := (&anki.Exporter{}).Export(context.Background(), &old, d); err != nil {
		log.Fatal(err)
	}
	prev, err := anki.ReadPrevious(context.Background(), bytes.NewReader(old.Bytes()), int64(old.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(prev.Len(), "notes known")
	e := &anki.Exporter{Previous: prev}
	var next bytes.Buffer
	if _, err := e.Export(context.Background(), &next, d); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 3 notes known
}

// Guid is the identity Anki matches notes on; it derives from the note's
// stable ID.
func ExampleGuid() {
	fmt.Println(anki.Guid("pod-basics"))
	// Output:
	// dDW%&Z*vH0
}
