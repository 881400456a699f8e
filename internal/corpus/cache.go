package corpus

import (
	"bytes"
	"sync"
)

// cache holds generated files by question count (seed 1).
var cache sync.Map

// Markdown returns a file of the given number of questions with seed 1,
// generated once per process and shared: callers must not modify it.
// Benchmarks of several packages measure the same input this way.
func Markdown(questions int) []byte {
	if v, ok := cache.Load(questions); ok {
		return v.([]byte)
	}
	var buf bytes.Buffer
	_ = Generate(&buf, questions, 1) // a bytes.Buffer does not fail
	v, _ := cache.LoadOrStore(questions, buf.Bytes())
	return v.([]byte)
}
