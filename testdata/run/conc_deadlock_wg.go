// A WaitGroup that never reaches zero.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		fmt.Println("one done")
		wg.Done()
	}()
	wg.Wait()
}
