package notes

import (
	"runtime"
	"sync"
)

// minPerWorker is the fewest items worth handing to a goroutine.
const minPerWorker = 512

// inParallel calls f(i) for every i in [0, n), splitting the range among
// GOMAXPROCS goroutines when it is large enough to pay for them. Calls for
// different i must not share mutable state.
func inParallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minPerWorker)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var failed panicked
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			defer failed.catch()
			for i := lo; i < hi; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
	failed.repanic()
}

// panicked carries a panic from the goroutines the parser starts to the
// goroutine that waits for them, where parseFile's recover turns it into
// an ErrInternal error: a panic on a goroutine of its own would end the
// program.
type panicked struct {
	mu    sync.Mutex
	value any
}

// catch records a panic of the calling goroutine; defer it.
func (p *panicked) catch() {
	if r := recover(); r != nil {
		p.mu.Lock()
		if p.value == nil {
			p.value = r
		}
		p.mu.Unlock()
	}
}

// repanic panics again with the first panic recorded, if any.
func (p *panicked) repanic() {
	if p.value != nil {
		panic(p.value)
	}
}

// testHookParse, when set by a test, is called on each goroutine that
// parses a piece of a large file.
var testHookParse func()
