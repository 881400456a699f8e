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
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				f(i)
			}
		})
	}
	wg.Wait()
}
