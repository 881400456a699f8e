package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressBar draws the progress of a build on a terminal, on one line that
// it rewrites. It appears only once an output has taken longer than
// progressDelay, so that quick builds print nothing but their summary. A nil
// *progressBar draws nothing.
type progressBar struct {
	w     io.Writer
	now   func() time.Time
	mu    sync.Mutex
	name  string
	start time.Time
	last  time.Time // last drawn
	drawn bool      // a line is on the screen
}

const (
	progressDelay    = 300 * time.Millisecond
	progressInterval = 100 * time.Millisecond
	progressWidth    = 30
)

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, now: time.Now}
}

// forOutput starts the bar for the output name and returns the function
// its exporter reports progress to.
func (b *progressBar) forOutput(name string) func(done, total int) {
	if b == nil {
		return nil
	}
	b.mu.Lock()
	b.name, b.start, b.last = name, b.now(), time.Time{}
	b.mu.Unlock()
	return b.update
}

// update draws the bar, at most every progressInterval. Exporters may call
// it from any goroutine.
func (b *progressBar) update(done, total int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	if now.Sub(b.start) < progressDelay || now.Sub(b.last) < progressInterval && done < total {
		return
	}
	b.last = now
	b.drawn = true
	fmt.Fprintf(b.w, "\r%s\x1b[K", progressLine(b.name, done, total))
}

// done clears the bar's line, if it drew one.
func (b *progressBar) done() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}

// progressLine is one state of the bar: "name [=====>    ]  45% 450/1000".
func progressLine(name string, done, total int) string {
	if total <= 0 {
		return fmt.Sprintf("%s %d", name, done)
	}
	done = min(max(done, 0), total)
	filled := progressWidth * done / total
	bar := strings.Repeat("=", filled)
	if filled < progressWidth {
		bar += ">" + strings.Repeat(" ", progressWidth-filled-1)
	}
	return fmt.Sprintf("%s [%s] %3d%% %d/%d", name, bar, 100*done/total, done, total)
}
