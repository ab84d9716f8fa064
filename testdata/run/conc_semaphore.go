// A buffered channel as a counting semaphore: at most 3 workers at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, peak := 0, 0
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func() {
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("peak", peak, "active", active)
}
