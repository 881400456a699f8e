package notes

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

// A panic on a goroutine the parser starts becomes an ErrInternal error
// naming the file; the program goes on.
func TestPanicInParseGoroutine(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	testHookParse = func() { panic("injected") }
	defer func() { testHookParse = nil }()
	var b strings.Builder
	for i := 0; b.Len() < 4*minChunk; i++ {
		b.WriteString("# 问题 ")
		b.WriteString(strings.Repeat("x", i%50))
		b.WriteString("？\n\n答案。\n\n")
	}
	d, err := Parse("big.md", []byte(b.String()))
	if d != nil || !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "big.md") || !strings.Contains(err.Error(), "injected") {
		t.Fatalf("Parse = %v, %v; want an ErrInternal error naming big.md", d, err)
	}
}
